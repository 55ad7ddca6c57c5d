import { describe, expect, it } from 'vitest'
import { deliveryMetrics, wordBudget } from './delivery.js'

describe('deliveryMetrics', () => {
  it('counts fillers, finds where they cluster, and measures pace from the timing', () => {
    const text =
      'My goal is to lead the data team. Um, so, like, uh, I, um, want to, you know, get there. Then I plan to mentor two analysts.'
    const d = deliveryMetrics(text, 10)
    expect(d.fillers).toBeGreaterThanOrEqual(5)
    expect(d.clusters).toHaveLength(1)
    const [cluster] = d.clusters
    expect(text.slice(cluster?.span[0], cluster?.span[1])).toMatch(/^Um.*you know$/)
    expect(d.measured).toBe(true)
    expect(d.wpm).toBe(Math.round((d.words / 10) * 60))
    expect(d.pace).toBe('fast')
  })

  it('estimates 140 words a minute without a timing and finds no fillers in clean text', () => {
    const d = deliveryMetrics('I plan to become a staff engineer within three years.')
    expect(d.measured).toBe(false)
    expect(d.wpm).toBe(140)
    expect(d.fillers).toBe(0)
    expect(d.pace).toBe('good')
  })

  it('does not take the verb "like" for a filler', () => {
    expect(deliveryMetrics("I'd like to lead. I really like research.").fillers).toBe(0)
  })

  it('turns a pace into a word budget', () => {
    expect(wordBudget(60, 150)).toBe(150)
    expect(wordBudget(90)).toBe(210)
    // said as "about N words": to the nearest five
    expect(wordBudget(60, 143)).toBe(145)
  })
})

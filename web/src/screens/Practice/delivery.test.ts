import { describe, expect, it } from 'vitest'
import type { Report } from '../../../../src/core/contracts/report.js'
import { delivery, measuredPace, wordBudget } from './delivery.js'

const report = (fillerSpans: [number, number][], words = 150): Report => ({
  score: 50,
  verdict: 'needs-work',
  criteria: [],
  flags: [],
  strengths: [],
  findings: fillerSpans.map((span) => ({ rule: 'fillers', flag: 'fillers', span, message: 'm' })),
  stats: { words, sentences: 5, seconds: 60, fillers: fillerSpans.length, hedges: 2, grade: 8 },
})

describe('delivery', () => {
  it('measures pace and groups fillers that bunch up', () => {
    const d = delivery(
      report([
        [0, 2],
        [5, 9],
        [20, 22],
        [300, 302],
      ]),
      60,
    )
    expect(d.wpm).toBe(150)
    expect(d.fillers).toBe(4)
    expect(d.fillersPerMinute).toBe(4)
    expect(d.clusters).toEqual([[0, 22, 3]])
    expect(d.hedges).toBe(2)
  })

  it('never divides by zero on a very short attempt', () => {
    expect(delivery(report([], 3), 0).wpm).toBe(180)
  })
})

describe('word budget', () => {
  it('uses the median of plausible paces, 140 before any', () => {
    expect(measuredPace([])).toBe(140)
    expect(measuredPace([120, 2000, 160, 130])).toBe(130)
    expect(wordBudget(130, 60)).toBe(130)
    expect(wordBudget(130, 90)).toBe(195)
  })
})

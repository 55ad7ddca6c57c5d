import { describe, expect, it } from 'vitest'
import { pageFromHtml } from './html-page.js'
import { extractMission } from './mission.js'
import { pageFromText } from './text-page.js'
import { extractVision } from './vision.js'

const mission = (html: string) => {
  const m = extractMission(pageFromHtml(html))
  return m && `${m.text} (${m.source.via})`
}

describe('extractMission', () => {
  it('takes the opening statement under a mission heading, preferring the sentence that states it', () => {
    expect(mission('<h2>Our mission</h2><p>To give clinicians an hour back. More below.</p>')).toBe(
      'To give clinicians an hour back. (heading:our-mission)',
    )
    expect(
      mission(
        '<h2>Why we exist</h2><p>Warehouses are hard. We build robots that walk for you.</p>',
      ),
    ).toBe('We build robots that walk for you. (heading:why-we-exist)')
  })

  it('finds a mission buried in prose by phrase, joined to the next sentence after a colon', () => {
    expect(
      mission(
        '<p>We began in 1998.</p><p>Growth came.</p><p>Then we wrote it down. Our mission is to make freight predictable.</p>',
      ),
    ).toBe('Our mission is to make freight predictable. (phrase:our-mission-is)')
    expect(mission('<h2>We exist to help renters stay home.</h2>')).toBe(
      'We exist to help renters stay home. (phrase:we-exist-to)',
    )
  })

  it('uses the JSON-LD description only when the body has no mission', () => {
    const html =
      '<script type="application/ld+json">{"@type":"Organization","description":"We exist to feed schools."}</script><p>Hello there.</p>'
    expect(mission(html)).toBe('We exist to feed schools. (phrase:we-exist-to)')
  })

  it('returns null when nothing states a mission', () => {
    expect(mission('<h2>Pricing</h2><p>Plans start at $9.</p>')).toBeNull()
    expect(extractMission(pageFromText(''))).toBeNull()
  })
})

describe('extractVision', () => {
  it('takes a vision heading or phrase but never the mission sentence', () => {
    const page = pageFromHtml(
      '<h2>Our mission</h2><p>Our mission is a world where power is shared.</p><h2>Our vision</h2><p>Every home buys from a neighbour.</p>',
    )
    const m = extractMission(page)
    expect(extractVision(page, m)?.text).toBe('Every home buys from a neighbour.')
    const only = pageFromHtml('<p>Our mission is a world where power is shared.</p>')
    expect(extractVision(only, extractMission(only))).toBeNull()
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDocument } from './document.js'
import { breakLongRuns, MAX_RUN } from './long-runs.js'

const longestRun = (text: string): number =>
  Math.max(
    0,
    ...text.split(/[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]+/).map((r) => r.length),
  )

/** With the u flag a paired surrogate is one code point, so this finds only lone halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

describe('breakLongRuns', () => {
  it('returns a normal text itself', () => {
    const text =
      'My goal is to lead the payments team at https://example.com/careers within three years.'
    expect(breakLongRuns(text)).toBe(text)
  })

  it('cuts "lead-" × 4,000 at hyphens, keeping the length and every word whole', () => {
    const text = 'lead-'.repeat(4000)
    const copy = breakLongRuns(text)
    expect(copy.length).toBe(text.length)
    expect(longestRun(copy)).toBeLessThanOrEqual(MAX_RUN)
    for (let i = 0; i < text.length; i++) {
      if (copy[i] !== text[i]) expect([text[i], copy[i]]).toEqual(['-', ' '])
    }
  })

  it('cuts a run with no punctuation, and never splits a surrogate pair', () => {
    const text = `${'a'.repeat(99)}😀${'b'.repeat(300)}`
    const copy = breakLongRuns(text)
    expect(copy.length).toBe(text.length)
    expect(longestRun(copy)).toBeLessThanOrEqual(MAX_RUN)
    expect(LONE_SURROGATE.test(copy)).toBe(false)
  })

  it('property: same length, runs bounded, only spaces added, surrogates kept whole', () => {
    const unit = fc.constantFrom('a', 'é', '-', '.', '+', "'", '@', '😀', '1', ' ', '\n')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 700 }), (units) => {
        const text = units.join('')
        const copy = breakLongRuns(text)
        expect(copy.length).toBe(text.length)
        expect(longestRun(copy)).toBeLessThanOrEqual(MAX_RUN)
        expect(LONE_SURROGATE.test(copy)).toBe(false)
        for (let i = 0; i < text.length; i++) if (copy[i] !== text[i]) expect(copy[i]).toBe(' ')
      }),
      { seed: 20261204, numRuns: 300 },
    )
  })
})

describe('readDocument on pathological tokens', () => {
  it('keeps spans exact into the original text', () => {
    const text = `I want to ${'lead-'.repeat(500)} a team.`
    const doc = readDocument(text)
    expect(doc.text).toBe(text)
    for (const token of doc.tokens) {
      expect(text.slice(token.start, token.end)).toBe(token.value)
      expect(token.value.length).toBeLessThanOrEqual(MAX_RUN)
    }
    expect(doc.tokens.at(-1)?.value).toBe('.')
  })
})

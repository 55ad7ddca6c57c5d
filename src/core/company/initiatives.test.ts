import { describe, expect, it } from 'vitest'
import { pageFromHtml } from './html-page.js'
import { extractInitiatives, horizonOf } from './initiatives.js'
import { pageFromText } from './text-page.js'

describe('extractInitiatives', () => {
  it('takes every sentence under a plans heading, with its horizon', () => {
    const page = pageFromHtml(
      '<h2>Looking ahead</h2><ul><li>This year we will open Leeds.</li><li>By 2031 we aim to be carbon neutral.</li></ul>',
    )
    expect(extractInitiatives(page, 2026).map((i) => `${i.horizon ?? '-'} ${i.text}`)).toEqual([
      'short This year we will open Leeds.',
      'long By 2031 we aim to be carbon neutral.',
    ])
  })

  it('finds plans elsewhere only with two signals (phrase, future date, plan verb)', () => {
    const page = pageFromText(
      'We will always be honest with you. We plan to launch in Canada in 2027. Founded in 2010 we were small.',
    )
    expect(extractInitiatives(page, 2026).map((i) => i.text)).toEqual([
      'We plan to launch in Canada in 2027.',
    ])
  })

  it('sorts years against the reference year and leaves the horizon out without one', () => {
    expect(horizonOf('by 2028', 2026)).toBe('short')
    expect(horizonOf('by 2029', 2026)).toBe('long')
    expect(horizonOf('by 2029')).toBeUndefined()
    expect(horizonOf('over the next decade')).toBe('long')
  })
})

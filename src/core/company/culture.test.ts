import { describe, expect, it } from 'vitest'
import { extractCulture } from './culture.js'
import { pageFromText } from './text-page.js'

describe('extractCulture', () => {
  it('gives each signal once, with the first sentence that shows it, in page order', () => {
    const page = pageFromText(
      'We are remote-first. We collaborate across teams. Mentorship for all. We collaborate a lot.',
    )
    expect(
      extractCulture(page).map((c) => `${c.signal}: ${c.source.quote} (${c.source.via})`),
    ).toEqual([
      'remote: We are remote-first. (phrase:remote-first)',
      'collaborative: We collaborate across teams. (phrase:collaborate)',
      'learning: Mentorship for all. (phrase:mentorship)',
    ])
  })

  it('skips negated mentions and matches whole words only', () => {
    expect(extractCulture(pageFromText('This role is not remote. We build aircraft.'))).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/core/lexicons/index.js'
import { readDocument } from '../../src/core/text/document.js'
import { compilePhrases, phraseKeys } from '../../src/core/text/phrase-matcher.js'

describe('lexicons', () => {
  for (const [name, lexicon] of Object.entries(lexicons)) {
    it(`${name}: has provenance and no duplicate phrase within a kind`, () => {
      expect(lexicon.source.length).toBeGreaterThan(10)
      const keys = lexicon.entries.map((e) => `${e.kind ?? ''}:${e.phrase}`)
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
    })

    it(`${name}: every phrase matches itself once compiled (no unmatchable entries)`, () => {
      const plain = lexicon.entries.filter((e) => !e.phrase.includes('*'))
      const matcher = compilePhrases(plain, (e) => e.phrase)
      const unmatched = plain.filter(
        (e) =>
          !matcher
            .match(readDocument(`Then ${e.phrase} again.`))
            // Spellings wink normalises alike (organisation, organization) match as one entry.
            .some((m) => phraseKeys(m.entry.phrase).join(' ') === phraseKeys(e.phrase).join(' ')),
      )
      expect(unmatched.map((e) => e.phrase)).toEqual([])
    })
  }
})

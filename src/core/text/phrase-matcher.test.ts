import { describe, expect, it } from 'vitest'
import { readDocument } from './document.js'
import { compilePhrases, phraseKeys } from './phrase-matcher.js'
import { slice } from './span.js'

describe('compilePhrases', () => {
  const matcher = compilePhrases(
    [{ p: 'kind of' }, { p: "i'm not sure" }, { p: 'grow * career' }, { p: 'kind' }],
    (e) => e.p,
  )

  it('matches multi-word phrases with their original offsets', () => {
    const text = 'Well, I KIND of want it.'
    const hits = matcher.match(readDocument(text))
    expect(hits.map((h) => slice(text, h.span))).toEqual(['KIND of'])
  })

  it('matches contractions written either way, with curly apostrophes', () => {
    const text = 'I’m not sure. I am not sure.'
    const hits = matcher.match(readDocument(text))
    expect(hits.map((h) => slice(text, h.span))).toEqual(['I’m not sure', 'I am not sure'])
  })

  it('lets * stand for one word', () => {
    const text = 'I want to grow my career.'
    expect(matcher.match(readDocument(text)).map((h) => slice(text, h.span))).toEqual([
      'grow my career',
    ])
  })

  it('does not match across a line break or partial words', () => {
    const text = 'kindly offered\nkind\nof'
    const hits = matcher.match(readDocument(text))
    expect(hits.map((h) => slice(text, h.span))).toEqual(['kind'])
  })

  it('normalises lexicon phrases like wink normalises tokens', () => {
    expect(phraseKeys("I don't")).toEqual(['i', 'do', 'not'])
  })
})

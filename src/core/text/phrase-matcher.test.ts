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

  it('matches every inflection of a lemma entry, once, and only in lemma mode', () => {
    const entries = [{ p: 'take * credit' }, { p: 'micromanage' }, { p: 'micromanaged' }]
    const text = 'He took the credit and micromanaged us; she takes all credit.'
    const byLemma = compilePhrases(entries, (e) => e.p, 'lemma').match(readDocument(text))
    expect(byLemma.map((h) => slice(text, h.span))).toEqual([
      'took the credit',
      'micromanaged',
      'takes all credit',
    ])
    const asWritten = compilePhrases(entries, (e) => e.p).match(readDocument(text))
    expect(asWritten.map((h) => slice(text, h.span))).toEqual(['micromanaged'])
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

import { type Document, readDocument } from '../text/document.js'
import { compilePhrases } from '../text/phrase-matcher.js'
import type { Span } from '../text/span.js'

/** A cue phrase found in a text. */
export interface Cue {
  phrase: string
  span: Span
}

const matchers = new Map<readonly string[], ReturnType<typeof compilePhrases<string>>>()

/**
 * Where any of the phrases occur in the text (wink normal forms, longest match
 * first). Matchers are compiled once per phrase list.
 */
export function findCues(input: string | Document, phrases: readonly string[]): Cue[] {
  const doc = typeof input === 'string' ? readDocument(input) : input
  let m = matchers.get(phrases)
  if (!m) {
    m = compilePhrases(phrases, (p) => p)
    matchers.set(phrases, m)
  }
  const viaNormal = m.match(doc).map((h) => ({ phrase: h.entry, span: h.span }))
  // Also match single-word cues by lemma ("promoted" → "promote" is not needed, but "leads" → "lead" is).
  const single = new Set(phrases.filter((p) => !p.includes(' ')))
  const seen = new Set(viaNormal.map((c) => c.span[0]))
  for (const t of doc.tokens) {
    if (t.type === 'word' && single.has(t.lemma) && !seen.has(t.start)) {
      viaNormal.push({ phrase: t.lemma, span: [t.start, t.end] })
    }
  }
  return viaNormal.sort((a, b) => a.span[0] - b.span[0])
}

export { NUMBER_WORDS } from '../text/numbers.js'

import type { ValueConcept } from '../lexicons/value-concepts.js'
import { type Document, readDocument } from '../text/document.js'
import { overlaps, type Span } from '../text/span.js'
import { conceptsOf } from './concepts.js'
import { isContentWord, wordForm } from './word-forms.js'

/** How an answer's words meet a company value. */
export type MatchVia = 'exact' | 'word-form' | 'concept'

export interface ValueMatch {
  span: Span
  via: MatchVia
  /** The shared concept, for `via: 'concept'`. */
  concept?: ValueConcept
  /** The value word or concept term that matched, for explanations ("collaboration"). */
  matched: string
}

const RANK: Record<MatchVia, number> = { exact: 0, 'word-form': 1, concept: 2 }

function contentWords(text: string): string[] {
  const doc = readDocument(text)
  return doc.tokens
    .filter((t) => t.type === 'word')
    .flatMap((t) => t.normal.split('-'))
    .filter(isContentWord)
}

/**
 * Where an answer meets one company value, and how:
 * - `exact`: a content word of the value name appears as written ("customers" / "Customers First");
 * - `word-form`: the same word in another form ("collaborative" / "Collaboration");
 * - `concept`: the answer and the value name (or its description) share a
 *   concept of lexicons/value-concepts.json ("teamwork" / "We win together").
 * Overlapping matches keep the strongest (exact, then word-form, then concept).
 * Weak words ("good", "be", "our") never match on their own.
 *
 * @example
 * matchValue(readDocument('I love collaborative work.'), 'Collaboration')
 * // [{ span: [7, 20], via: 'word-form', matched: 'collaboration' }]
 */
export function matchValue(
  answer: Document,
  valueName: string,
  description?: string,
): ValueMatch[] {
  const found: ValueMatch[] = []
  const nameWords = contentWords(valueName)
  const exact = new Set(nameWords)
  const forms = new Map(nameWords.map((w) => [wordForm(w), w]))

  for (const t of answer.tokens) {
    if (t.type !== 'word') continue
    const normal = t.normal.replace(/’/g, "'")
    if (!isContentWord(normal)) continue
    if (exact.has(normal) || exact.has(t.lemma)) {
      found.push({ span: [t.start, t.end], via: 'exact', matched: normal })
      continue
    }
    const form = forms.get(wordForm(normal))
    if (form !== undefined) found.push({ span: [t.start, t.end], via: 'word-form', matched: form })
  }

  const valueConceptIds = new Set(
    conceptsOf(description ? `${valueName}. ${description}` : valueName).map((h) => h.concept.id),
  )
  if (valueConceptIds.size > 0) {
    for (const hit of conceptsOf(answer)) {
      if (valueConceptIds.has(hit.concept.id)) {
        found.push({ span: hit.span, via: 'concept', concept: hit.concept, matched: hit.term })
      }
    }
  }

  found.sort((a, b) => RANK[a.via] - RANK[b.via] || a.span[0] - b.span[0])
  const kept: ValueMatch[] = []
  for (const m of found) if (!kept.some((k) => overlaps(k.span, m.span))) kept.push(m)
  return kept.sort((a, b) => a.span[0] - b.span[0])
}

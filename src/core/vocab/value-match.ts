import type { ValueConcept } from '../lexicons/value-concepts.js'
import { type Document, readDocument } from '../text/document.js'
import { perDocument } from '../text/memo.js'
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

/** What a value offers to match: its words as written, by word form, and its concepts. */
interface ValueSide {
  readonly exact: ReadonlySet<string>
  readonly forms: ReadonlyMap<string, string>
  readonly conceptIds: ReadonlySet<string>
}

/**
 * Value sides by value text. A dossier's few values meet every answer, on each
 * keystroke of the live critique: reading them afresh was most of a critique
 * with a dossier (two documents per value). Bounded; past it, it starts again.
 */
const valueSides = new Map<string, ValueSide>()
const VALUE_SIDES_LIMIT = 2_000

function valueSide(valueName: string, description: string | undefined): ValueSide {
  const key = description ? `${valueName}\u0000${description}` : valueName
  let side = valueSides.get(key)
  if (side === undefined) {
    const nameWords = contentWords(valueName)
    const text = description ? `${valueName}. ${description}` : valueName
    side = {
      exact: new Set(nameWords),
      forms: new Map(nameWords.map((w) => [wordForm(w), w])),
      conceptIds: new Set(conceptsOf(text).map((h) => h.concept.id)),
    }
    if (valueSides.size >= VALUE_SIDES_LIMIT) valueSides.clear()
    valueSides.set(key, side)
  }
  return side
}

/** The answer's side, worked out once however many values it is matched against. */
const answerConcepts = perDocument((answer: Document) => conceptsOf(answer))
const answerWords = perDocument((answer: Document) => {
  const words: { span: Span; normal: string; lemma: string; form: string }[] = []
  for (const t of answer.tokens) {
    if (t.type !== 'word') continue
    const normal = t.normal.replace(/’/g, "'")
    if (isContentWord(normal))
      words.push({ span: [t.start, t.end], normal, lemma: t.lemma, form: wordForm(normal) })
  }
  return words
})

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
  const { exact, forms, conceptIds: valueConceptIds } = valueSide(valueName, description)

  for (const { span, normal, lemma, form } of answerWords(answer)) {
    if (exact.has(normal) || exact.has(lemma)) {
      found.push({ span: [span[0], span[1]], via: 'exact', matched: normal })
      continue
    }
    const named = forms.get(form)
    if (named !== undefined)
      found.push({ span: [span[0], span[1]], via: 'word-form', matched: named })
  }

  if (valueConceptIds.size > 0) {
    for (const hit of answerConcepts(answer)) {
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

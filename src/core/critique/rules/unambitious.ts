import { entriesOf } from '../../lexicons/index.js'
import { realismFrames } from '../../lexicons/realism-frames.js'
import type { Document } from '../../text/document.js'
import { compilePhrases } from '../../text/phrase-matcher.js'
import type { Span } from '../../text/span.js'
import { phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'

const ambitionWords = compilePhrases(entriesOf('ambition', 'ambition'), (e) => e.phrase)
const stabilityWords = compilePhrases(entriesOf('ambition', 'stability'), (e) => e.phrase)
const settling = phraseKind('ambition', 'settle')
const OPINION_VERBS: ReadonlySet<string> = new Set(realismFrames().opinionVerbs)
/** A subordinate clause starts here; the negation does not reach past it (punctuation stays in code). */
const CLAUSE_END: ReadonlySet<string> = new Set([...realismFrames().clauseEndWords, ',', ';', '.'])
/** Weight at which the answer reads as having no goal beyond stability. */
const THRESHOLD = 2

interface Found {
  span: Span
  weight: number
}

/**
 * "I'm not looking to move up", "I don't have any career goals": the speaker
 * negates an ambition word in a clause of their own. Opinions ("I don't think
 * you should manage before…") are not refusals.
 */
function refusedAmbition(doc: Document): Found[] {
  const found: Found[] = []
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i]
      if (!t || !['not', 'no', 'never'].includes(t.normal)) continue
      const subject = doc.tokens
        .slice(Math.max(s.tokenStart, i - 3), i)
        .some((x) => x.normal === 'i' || x.normal === "i'm")
      const opinion = doc.tokens.slice(i + 1, i + 3).some((x) => OPINION_VERBS.has(x.normal))
      if (!subject || opinion) continue
      let end = Math.min(s.tokenEnd, i + 7)
      for (let k = i + 1; k < end; k++) if (CLAUSE_END.has(doc.tokens[k]?.normal ?? '')) end = k
      const match = ambitionWords.match(doc, i + 1, end)[0]
      if (match) found.push({ span: [t.start, match.span[1]], weight: 2 })
    }
  }
  return found
}

/** Verbs of wanting: "just want", "need", "looking for" something steady. */
const WANTING: ReadonlySet<string> = new Set(realismFrames().wantingVerbs)

/** "just want something steady", "what I'm looking for is stability": wanting only stability. */
function wantsOnlyStability(doc: Document): Found[] {
  const found: Found[] = []
  doc.tokens.forEach((t, i) => {
    if (!WANTING.has(t.lemma)) return
    const stable = stabilityWords.match(doc, i + 1, Math.min(doc.tokens.length, i + 7))[0]
    if (!stable || (doc.tokens[stable.first]?.sentence ?? -1) !== t.sentence) return
    const just = doc.tokens[i - 1]?.normal === 'just'
    found.push({ span: [t.start, stable.span[1]], weight: just ? 1.5 : 1 })
  })
  return found
}

export const unambitious = defineRule({
  id: 'unambitious',
  criterion: 'realism',
  description: 'No goal beyond stability or ease ("I just want a steady job", "no real goals").',
  check(doc) {
    const found: Found[] = [
      ...refusedAmbition(doc),
      ...wantsOnlyStability(doc),
      ...settling(doc, { skipNegated: true }).map((m) => ({ span: m.span, weight: 1 })),
    ]
    const weight = found.reduce((s, f) => s + f.weight, 0)
    const flagged = weight >= THRESHOLD
    return found.map(
      (f): Hit => ({
        rule: 'unambitious',
        criterion: 'realism',
        effect: 'costs',
        span: f.span,
        weight: f.weight,
        ...(flagged ? { flag: 'unambitious' as const } : {}),
        actual: doc.text.slice(f.span[0], f.span[1]),
        message: 'This says you want nothing beyond the job as it is.',
        suggestion:
          'Name one thing you want to get better at in this role, even a modest one ("own the month-end close within a year").',
      }),
    )
  },
})

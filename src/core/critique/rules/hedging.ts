import { confidenceFrames } from '../../lexicons/confidence-frames.js'
import { wordSet } from '../../lexicons/index.js'
import type { Document } from '../../text/document.js'
import { perDocument } from '../../text/memo.js'
import { clauseStart } from '../../text/scope.js'
import type { Span } from '../../text/span.js'
import { matchText, phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'
import { carriesAnswer } from '../share.js'

const hedges = phraseKind('hedges', 'softener')
const UNDECIDED = wordSet('hedges', 'undecided')
/** Present-tense auxiliaries: "I haven't thought" admits no plan now; "I never thought I'd…" tells a story. */
const PRESENT_AUX: ReadonlySet<string> = new Set(confidenceFrames().presentAux)
const NEGATORS: ReadonlySet<string> = new Set(confidenceFrames().undecidedNegators)
/** Determiners before "kind of"/"sort of" make it a noun phrase, not a hedge ("that kind of work"). */
const DETERMINERS: ReadonlySet<string> = new Set(confidenceFrames().kindOfDeterminers)
/** Hedge weight per 100 words, and in total, above which the answer reads as uncommitted. */
const DENSITY = 2.5
const MINIMUM = 3

/** Weighted hedges of a document, shared with the stats. */
export const findHedges = perDocument(function findHedges(doc: Document) {
  return hedges(doc).filter((m) => {
    const first = doc.tokens[m.first]?.normal
    if (first !== 'kind' && first !== 'sort') return true
    const before = doc.tokens[m.first - 1]?.normal ?? ''
    return !DETERMINERS.has(before)
  })
})

/**
 * "I haven't given it any thought", "I've never really considered it", "I don't know
 * yet": the speaker, in the present, negating thinking or deciding about the plan.
 * A frame over lemmas rather than listed phrases, so each way of saying it is found.
 */
function undecided(doc: Document): Array<{ span: Span; first: number }> {
  const found: Array<{ span: Span; first: number }> = []
  doc.tokens.forEach((t, i) => {
    if (!NEGATORS.has(t.normal)) return
    const aux = doc.tokens[i - 1]
    const subject = doc.tokens[i - 2]
    if (!aux || !PRESENT_AUX.has(aux.lemma) || subject?.normal !== 'i') return
    if (clauseStart(doc, i) > i - 2) return
    for (let k = i + 1; k <= i + 4; k++) {
      const next = doc.tokens[k]
      if (next?.type !== 'word' || next.sentence !== t.sentence) break
      if (UNDECIDED.has(next.lemma) || UNDECIDED.has(next.normal)) {
        found.push({ span: [subject.start, next.end], first: i - 2 })
        break
      }
    }
  })
  return found
}

/** Statements of one's own plan that end in a question mark ("Maybe a charge nurse?"). */
function uptalk(doc: Document): number[] {
  const found: number[] = []
  for (const s of doc.sentences) {
    const last = doc.tokens[s.tokenEnd - 1]
    const first = doc.tokens[s.tokenStart]
    if (last?.value === '?' && first && ['i', 'maybe', 'my', 'or', 'so'].includes(first.normal)) {
      found.push(s.index)
    }
  }
  return found
}

export const hedging = defineRule({
  id: 'hedging',
  criterion: 'confidence',
  description:
    'Hedges ("I guess", "maybe", "kind of", "I\'m not sure") that undercut a commitment.',
  check(doc) {
    const found = findHedges(doc)
    const questions = uptalk(doc)
    const covered = (span: Span) => found.some((m) => m.span[0] < span[1] && span[0] < m.span[1])
    const noPlan = undecided(doc).filter((m) => !covered(m.span))
    const weight =
      found.reduce((s, m) => s + (m.entry.weight ?? 1), 0) + questions.length * 0.5 + noPlan.length
    const words = Math.max(doc.words.length, 1)
    // "I couldn't say.": a clear hedge that is most of the answer is the answer.
    const clear = [
      ...found.filter((m) => (m.entry.weight ?? 1) >= 1).map((m) => m.first),
      ...noPlan.map((m) => m.first),
    ]
    const carries = carriesAnswer(doc, clear)
    const flagged = (weight >= MINIMUM && (weight / words) * 100 >= DENSITY) || carries
    const hits: Hit[] = found.map((m) => ({
      rule: 'hedging',
      criterion: 'confidence',
      effect: 'costs',
      span: m.span,
      weight: m.entry.weight ?? 1,
      ...(flagged ? { flag: 'hedging' as const } : {}),
      actual: matchText(doc, m),
      message: `"${matchText(doc, m)}" softens your commitment.`,
      suggestion: 'State the plan plainly: "I plan to…", "My goal is…".',
    }))
    for (const { span } of noPlan) {
      hits.push({
        rule: 'hedging',
        criterion: 'confidence',
        effect: 'costs',
        span,
        ...(flagged ? { flag: 'hedging' as const } : {}),
        actual: doc.text.slice(span[0], span[1]),
        message: `"${doc.text.slice(span[0], span[1])}" tells the interviewer you have no plan yet.`,
        suggestion: 'Name one direction you are exploring and what you are doing about it.',
      })
    }
    for (const index of questions) {
      const s = doc.sentences[index]
      if (!s) continue
      hits.push({
        rule: 'hedging',
        criterion: 'confidence',
        effect: 'costs',
        span: [s.start, s.end],
        weight: 0.5,
        ...(flagged ? { flag: 'hedging' as const } : {}),
        message: 'This goal is phrased as a question.',
        suggestion: 'Say it as a statement: end on a full stop.',
      })
    }
    return hits
  },
})

import type { CriterionId, Report } from '../contracts/report.js'
import { phraseKind } from '../critique/kinds/phrase.js'
import { readDocument, type Sentence } from '../text/document.js'
import type { Span } from '../text/span.js'
import { timeExpressions } from '../text/time.js'

/** A sentence of the answer picked for the prep sheet, with why it was picked. */
export interface ChosenSentence {
  text: string
  span: Span
  why: string
}

export interface StartAndFinish {
  /** The sentence that states the aspiration; null when no sentence does. */
  start: ChosenSentence | null
  /** The sentence that ties the goal to this company or says what the person will add. */
  finish: ChosenSentence | null
}

/** What a sentence needs from the critique: where each criterion was earned and what costs it. */
export type StartFinishReport = Pick<Report, 'criteria' | 'findings'>

const longWords = phraseKind('horizons', 'long')
/** RUBRIC.md: long term is beyond the next two years. */
const SHORT_MAX_YEARS = 2
/** Past this many words a sentence is too long to open or close on. */
const LONG_SENTENCE_WORDS = 40

interface Scored {
  sentence: Sentence
  score: number
  reasons: string[]
}

const inside = (span: Span, s: Sentence) => span[0] >= s.start && span[0] < s.end

function earned(report: StartFinishReport, id: CriterionId, s: Sentence): number {
  const c = report.criteria.find((x) => x.id === id)
  return c ? c.evidence.filter((e) => e.effect === 'earns' && inside(e.span, s)).length : 0
}

/** Findings in the sentence: a red-flag finding rules it out as a start or finish. */
function penalty(report: StartFinishReport, s: Sentence): number {
  return report.findings
    .filter((f) => inside(f.span, s))
    .reduce((sum, f) => sum + (f.flag ? 3 : 1), 0)
}

function best(scored: readonly Scored[]): Scored | undefined {
  let top: Scored | undefined
  for (const s of scored) if (s.score > 0 && (!top || s.score > top.score)) top = s
  return top
}

function chosen(text: string, s: Scored): ChosenSentence {
  const span: Span = [s.sentence.start, s.sentence.end]
  return { text: text.slice(span[0], span[1]).trim(), span, why: s.reasons.join('; ') }
}

/**
 * The strong start and finish of an answer for the prep sheet, chosen from its
 * sentences with the critique's analysis rather than by position: the start is
 * the sentence that states the aspiration (a long-term aim, a commitment,
 * concrete words), the finish the one that ties it to the company or says what
 * the person will contribute. Sentences with findings (a hedge, a complaint)
 * lose; the first and last sentence get only a small edge. Either side is null
 * when no sentence does that job, so the sheet can say what to add instead.
 *
 * @example
 * const report = analyze(answer, context)
 * chooseStartAndFinish(answer, report).start?.text // 'My long-term goal is to lead …'
 */
export function chooseStartAndFinish(text: string, report: StartFinishReport): StartAndFinish {
  if (!text.trim()) return { start: null, finish: null }
  const doc = readDocument(text)
  const longAt = [
    ...longWords(doc, { skipNegated: true }).map((m) => m.span),
    ...timeExpressions(doc)
      .filter((t) => t.ahead && t.years !== undefined && t.years > SHORT_MAX_YEARS)
      .map((t) => t.span),
  ]
  const last = doc.sentences.length - 1
  const starts: Scored[] = []
  const finishes: Scored[] = []
  for (const s of doc.sentences) {
    const words = s.tokenEnd - s.tokenStart
    const shared = -penalty(report, s) - (words > LONG_SENTENCE_WORDS ? 1 : 0)
    const start: Scored = { sentence: s, score: shared, reasons: [] }
    if (longAt.some((span) => inside(span, s))) {
      start.score += 3
      start.reasons.push('states your long-term aim')
    } else if (earned(report, 'horizon', s)) {
      start.score += 1
      start.reasons.push('states where you are heading')
    }
    if (earned(report, 'confidence', s)) {
      start.score += 1
      start.reasons.push('says it as a commitment')
    }
    const specific = earned(report, 'specific', s)
    if (specific) {
      start.score += Math.min(2, specific * 0.5)
      start.reasons.push('names something concrete')
    }
    if (start.reasons.length && s.index === 0) start.score += 0.5
    // An opener has to say where the person is going, not only be concrete.
    if (start.reasons.some((r) => r.startsWith('states'))) starts.push(start)

    const finish: Scored = { sentence: s, score: shared, reasons: [] }
    const fit = earned(report, 'company-fit', s)
    if (fit) {
      finish.score += Math.min(4, fit * 2)
      finish.reasons.push('ties your goal to this company')
    }
    const adds = earned(report, 'contribution', s)
    if (adds) {
      finish.score += Math.min(4, adds * 2)
      finish.reasons.push('says what you will contribute')
    }
    if (finish.reasons.length) {
      if (s.index === last) finish.score += 0.5
      finishes.push(finish)
    }
  }
  const start = best(starts)
  const finish = best(finishes.filter((f) => f.sentence !== start?.sentence))
  return {
    start: start ? chosen(text, start) : null,
    finish: finish ? chosen(text, finish) : null,
  }
}

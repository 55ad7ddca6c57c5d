import type { QuestionKind } from '../contracts/report.js'
import { suggestHorizon } from '../goals/model.js'
import type { Span } from '../text/span.js'
import { conceptIds } from '../vocab/concepts.js'
import { isContentWord, wordForm } from '../vocab/word-forms.js'

/** One of the person's answers. */
export interface AnswerInput {
  question: QuestionKind
  text: string
}

export interface Contradiction {
  kind: 'target-role' | 'reason' | 'horizon'
  /** Indexes of the answers that disagree. */
  answers: [number, number]
  /** Where each of the two answers says it: a span into that answer's own text. */
  spans: [Span, Span]
  /** What disagrees. */
  message: string
  /** How to make the answers tell one story. */
  suggestion: string
}

const ROLE_NOUNS =
  'engineer|developer|manager|designer|lead|director|analyst|scientist|consultant|architect|researcher|nurse|teacher|writer|specialist|founder|owner|officer|administrator|strategist|marketer|accountant|product manager|team lead|tech lead|vp|cto|ceo'
const ROLE = new RegExp(
  `\\b(?:become|be|as|into)\\s+(?:an?\\s+|the\\s+)?((?:[a-z-]+\\s+){0,3}?(?:${ROLE_NOUNS}))\\b`,
  'gi',
)
const POSSESSIVE = /^(?:my|our|your)\s+/i

interface RoleMention {
  role: string
  span: Span
}

/** Target roles an answer names, each with where it says it. */
function roleMentions(text: string): RoleMention[] {
  const out: RoleMention[] = []
  for (const m of text.matchAll(ROLE)) {
    const phrase = m[1]
    if (!phrase) continue
    const end = m.index + m[0].length
    const owner = POSSESSIVE.exec(phrase)?.[0].length ?? 0
    const role = phrase.slice(owner).toLowerCase()
    if (!out.some((r) => r.role === role))
      out.push({ role, span: [end - phrase.length + owner, end] })
  }
  return out
}

/** Target roles an answer names ("become a staff engineer" → "staff engineer"). */
export function targetRoles(text: string): string[] {
  return roleMentions(text).map((r) => r.role)
}

function head(role: string): string {
  return role.split(/\s+/).at(-1) ?? role
}

function forms(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(isContentWord)
      .map(wordForm),
  )
}

interface Reason {
  text: string
  span: Span
}

function reasonOf(text: string): Reason | null {
  const m = /\b(?:because|the reason is|since|so that)\b\s*:?\s*([^.!?]+)/i.exec(text)
  const raw = m?.[1]
  if (!m || !raw) return null
  const reason = raw.trim()
  if (!reason) return null
  const start = m.index + m[0].length - raw.length + (raw.length - raw.trimStart().length)
  return { text: reason, span: [start, start + reason.length] }
}

interface Horizon {
  years: number | undefined
  span: Span | undefined
}

function horizonOf(text: string, today: string): Horizon {
  const h = suggestHorizon(text, today)
  const at = h.evidence && h.via === 'text' ? text.indexOf(h.evidence) : -1
  return {
    years: h.years,
    span: at >= 0 && h.evidence ? [at, at + h.evidence.length] : undefined,
  }
}

/** The whole answer, for a contradiction that has no narrower place in it. */
const whole = (text: string): Span => [0, text.length]

/**
 * Where several of the person's answers ("career goals", "five years", "why here",
 * "why change") fail to tell one story: a different target role, a different
 * reason for the change, or horizons that do not add up (the same role at
 * different times, or a five-year answer whose goal comes later than the
 * goals answer says). Each contradiction points at the words in both answers
 * and says how to reconcile them. `today` is an ISO date passed in.
 *
 * @example
 * checkConsistency([
 *   { question: 'career-goals', text: 'I want to become a product manager.' },
 *   { question: 'five-years', text: 'In five years I want to be a data scientist.' },
 * ], '2026-11-25')[0].kind // 'target-role'
 */
export function checkConsistency(answers: readonly AnswerInput[], today: string): Contradiction[] {
  const out: Contradiction[] = []
  const roles = answers.map((a) => roleMentions(a.text))
  const horizons = answers.map((a) => horizonOf(a.text, today))
  const reasons = answers.map((a) => reasonOf(a.text))
  for (let i = 0; i < answers.length; i++) {
    for (let j = i + 1; j < answers.length; j++) {
      const a = answers[i]
      const b = answers[j]
      if (!a || !b) continue
      const ri = roles[i] ?? []
      const rj = roles[j] ?? []
      const meets = (x: RoleMention) => rj.find((y) => head(x.role) === head(y.role))
      const firstI = ri[0]
      const firstJ = rj[0]
      if (firstI && firstJ && !ri.some(meets)) {
        out.push({
          kind: 'target-role',
          answers: [i, j],
          spans: [firstI.span, firstJ.span],
          message: `Answer ${i + 1} aims at ${ri.map((r) => r.role).join(' / ')} but answer ${j + 1} at ${rj.map((r) => r.role).join(' / ')}.`,
          suggestion: 'Pick one target role for both answers, or say how one leads to the other.',
        })
      }
      const sharedI = ri.find(meets)
      const sharedJ = sharedI && meets(sharedI)
      const hi = horizons[i]
      const hj = horizons[j]
      const yi = hi?.years
      const yj = hj?.years
      if (sharedI && sharedJ && yi !== undefined && yj !== undefined && Math.abs(yi - yj) >= 1) {
        out.push({
          kind: 'horizon',
          answers: [i, j],
          spans: [hi?.span ?? sharedI.span, hj?.span ?? sharedJ.span],
          message: `Answer ${i + 1} puts ${sharedI.role} ${yi} year(s) away but answer ${j + 1} says ${yj}.`,
          suggestion: 'Use one time frame for the same goal in every answer.',
        })
      }
      if (a.question === 'five-years' || b.question === 'five-years') {
        const fiveFirst = a.question === 'five-years'
        const fiveYears = fiveFirst ? yi : yj
        const other = fiveFirst ? yj : yi
        if (fiveYears !== undefined && fiveYears > 5) {
          out.push({
            kind: 'horizon',
            answers: [i, j],
            spans: [hi?.span ?? whole(a.text), hj?.span ?? whole(b.text)],
            message: `The five-year answer places its goal ${fiveYears} years out${other !== undefined ? ` while the other says ${other}` : ''}.`,
            suggestion: 'Say where you will be in five years, then where that leads.',
          })
        }
      }
      const reasonI = reasons[i]
      const reasonJ = reasons[j]
      const changeAnswers = a.question === 'career-change' || b.question === 'career-change'
      if (changeAnswers && reasonI && reasonJ) {
        const fi = forms(reasonI.text)
        const fj = forms(reasonJ.text)
        const sharedWords = [...fi].some((w) => fj.has(w))
        const sharedConcept = conceptIds(reasonI.text).some((c) =>
          conceptIds(reasonJ.text).includes(c),
        )
        if (!sharedWords && !sharedConcept) {
          out.push({
            kind: 'reason',
            answers: [i, j],
            spans: [reasonI.span, reasonJ.span],
            message: `Answer ${i + 1} gives "${reasonI.text}" as the reason but answer ${j + 1} gives "${reasonJ.text}".`,
            suggestion: 'Tell one reason for the change, in the same words, in every answer.',
          })
        }
      }
    }
  }
  return out
}

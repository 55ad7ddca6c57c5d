import type { QuestionKind } from '../contracts/report.js'
import { suggestHorizon } from '../goals/model.js'
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
  message: string
}

const ROLE_NOUNS =
  'engineer|developer|manager|designer|lead|director|analyst|scientist|consultant|architect|researcher|nurse|teacher|writer|specialist|founder|owner|officer|administrator|strategist|marketer|accountant|product manager|team lead|tech lead|vp|cto|ceo'
const ROLE = new RegExp(
  `\\b(?:become|be|as|into)\\s+(?:an?\\s+|the\\s+)?((?:[a-z-]+\\s+){0,3}?(?:${ROLE_NOUNS}))\\b`,
  'gi',
)

/** Target roles an answer names ("become a staff engineer" → "staff engineer"). */
export function targetRoles(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(ROLE))
    if (m[1]) out.push(m[1].toLowerCase().replace(/^(?:my|our|your)\s+/, ''))
  return [...new Set(out)]
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

function reasonOf(text: string): string | null {
  const m = /\b(?:because|the reason is|since|so that)\b\s*:?\s*([^.!?]+)/i.exec(text)
  return m?.[1]?.trim() ?? null
}

/**
 * Where several of the person's answers ("career goals", "five years", "why here",
 * "why change") fail to tell one story: a different target role, a different
 * reason for the change, or horizons that do not add up (the same role at
 * different times, or a five-year answer whose goal comes later than the
 * goals answer says). `today` is an ISO date passed in.
 */
export function checkConsistency(answers: readonly AnswerInput[], today: string): Contradiction[] {
  const out: Contradiction[] = []
  const roles = answers.map((a) => targetRoles(a.text))
  const years = answers.map((a) => suggestHorizon(a.text, today))
  for (let i = 0; i < answers.length; i++) {
    for (let j = i + 1; j < answers.length; j++) {
      const ri = roles[i] ?? []
      const rj = roles[j] ?? []
      if (ri.length > 0 && rj.length > 0 && !ri.some((a) => rj.some((b) => head(a) === head(b)))) {
        out.push({
          kind: 'target-role',
          answers: [i, j],
          message: `Answer ${i + 1} aims at ${ri.join(' / ')} but answer ${j + 1} at ${rj.join(' / ')}: pick one target, or say how one leads to the other.`,
        })
      }
      const shared = ri.filter((a) => rj.some((b) => head(a) === head(b)))
      const yi = years[i]?.years
      const yj = years[j]?.years
      if (shared.length > 0 && yi !== undefined && yj !== undefined && Math.abs(yi - yj) >= 1) {
        out.push({
          kind: 'horizon',
          answers: [i, j],
          message: `Answer ${i + 1} puts ${shared[0]} ${yi} year(s) away but answer ${j + 1} says ${yj}: use one time frame.`,
        })
      }
      const a = answers[i]
      const b = answers[j]
      if (a && b && (a.question === 'five-years' || b.question === 'five-years')) {
        const five = a.question === 'five-years' ? a : b
        const other = a.question === 'five-years' ? yj : yi
        const fiveYears = a.question === 'five-years' ? yi : yj
        if (fiveYears !== undefined && fiveYears > 5 && five.text) {
          out.push({
            kind: 'horizon',
            answers: [i, j],
            message: `The five-year answer places its goal ${fiveYears} years out${other !== undefined ? ` while the other says ${other}` : ''}: say where you will be in five years.`,
          })
        }
      }
      const reasonI = reasonOf(a?.text ?? '')
      const reasonJ = reasonOf(b?.text ?? '')
      const changeAnswers = a?.question === 'career-change' || b?.question === 'career-change'
      if (changeAnswers && reasonI && reasonJ) {
        const fi = forms(reasonI)
        const fj = forms(reasonJ)
        const sharedWords = [...fi].some((w) => fj.has(w))
        const sharedConcept = conceptIds(reasonI).some((c) => conceptIds(reasonJ).includes(c))
        if (!sharedWords && !sharedConcept) {
          out.push({
            kind: 'reason',
            answers: [i, j],
            message: `Answer ${i + 1} gives "${reasonI}" as the reason but answer ${j + 1} gives "${reasonJ}": tell one reason, in the same words.`,
          })
        }
      }
    }
  }
  return out
}

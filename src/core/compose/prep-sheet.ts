import type { PrepSheetContent } from '../contracts/entities.js'
import type { FlagId } from '../contracts/report.js'
import { chooseStartAndFinish, type StartFinishReport } from './start-finish.js'

const AVOID: Record<FlagId, string> = {
  vague:
    'Stock phrases with nothing behind them ("grow professionally"): name the skill, role or number.',
  'salary-title': 'Money, perks or a title as the reason you want the job.',
  'no-company-link': 'An answer that would fit any employer: tie it to this company and role.',
  negative: 'Complaints about past employers, bosses or jobs.',
  hedging: 'Hedges ("I guess", "maybe", "kind of"): say "I plan to".',
  'over-ambitious': "Aiming at the interviewer's job or a leap no one could make in the time.",
  unambitious: 'Sounding as if you only want a stable job.',
  'off-role': 'Plans that leave this role soon (your own business, another field).',
  rambling: 'Going past two minutes: stop after the contribution.',
  fillers: 'Fillers ("um", "like", "you know"): pause instead.',
}

/** The sentences of a plain text, split simply on terminal punctuation. */
export function sentences(text: string): string[] {
  return (text.match(/[^.!?]+[.!?]+["”’)]?|[^.!?]+$/g) ?? []).map((s) => s.trim()).filter(Boolean)
}

/**
 * Things to avoid: the flags the latest critique raised first (they are this
 * person's habits), then the red flags every answer should avoid.
 */
export function avoidList(flags: readonly FlagId[]): string[] {
  const order: FlagId[] = [...flags, 'salary-title', 'negative', 'hedging']
  return [...new Set(order)].map((f) => AVOID[f]).slice(0, 6)
}

/** The strong start and finish: the answer's first sentence and its last. */
export function startAndFinish(answer: string): { start: string; finish: string } {
  const s = sentences(answer)
  return { start: s[0] ?? '', finish: s.length > 1 ? (s.at(-1) ?? '') : '' }
}

/** What one interview's prep sheet is made of, gathered by the web app or the CLI. */
export interface PrepSheetParts {
  role: string
  company: string
  /** ISO date (or date-time: the day is kept). */
  interviewDate?: string | undefined
  /** The answer to carry, with its critique's score and flags. */
  answer?:
    | {
        text: string
        score?: number
        flags?: readonly FlagId[]
        /** With the critique's report, start and finish are chosen from its evidence (start-finish.ts). */
        report?: StartFinishReport & { score: number; flags: readonly FlagId[] }
      }
    | undefined
  talkingPoints: readonly string[]
  questions: readonly string[]
  stories: readonly PrepSheetContent['stories'][number][]
}

/**
 * One interview's prep sheet from its parts: the answer with its score, the
 * strong start and finish taken from it, the first talking points, stories and
 * questions, and what to avoid (this answer's flags first). The web app's Prep
 * step and `headway prep` both build the sheet here.
 *
 * @example
 * buildPrepSheet({ role: 'Data analyst', company: 'Acme', talkingPoints: [], questions: [], stories: [] }).title
 * // 'Prep: Data analyst at Acme'
 */
export function buildPrepSheet(parts: PrepSheetParts): PrepSheetContent {
  const text = parts.answer?.text ?? ''
  const report = parts.answer?.report
  const chosen = report ? chooseStartAndFinish(text, report) : undefined
  const { start, finish } = chosen
    ? { start: chosen.start?.text ?? '', finish: chosen.finish?.text ?? '' }
    : startAndFinish(text)
  const score = report?.score ?? parts.answer?.score
  return {
    title: `Prep: ${parts.role || 'the role'}${parts.company ? ` at ${parts.company}` : ''}`,
    company: parts.company,
    role: parts.role,
    ...(parts.interviewDate ? { interviewDate: parts.interviewDate.slice(0, 10) } : {}),
    answer: text,
    ...(score === undefined ? {} : { score }),
    talkingPoints: parts.talkingPoints.slice(0, 6),
    stories: parts.stories.slice(0, 4).map(({ title, situation, task, action, result }) => ({
      title,
      situation,
      task,
      action,
      result,
    })),
    questions: parts.questions.slice(0, 5),
    strongStart: start,
    strongFinish: finish,
    avoid: avoidList(report?.flags ?? parts.answer?.flags ?? []),
  }
}

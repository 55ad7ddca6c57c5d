import type { Dossier } from '../contracts/dossier.js'
import { WORDS_PER_MINUTE } from '../contracts/limits.js'
import type { Goal, Profile } from '../contracts/profile.js'
import type { QuestionKind } from '../contracts/report.js'
import { joinList } from '../vocab/phrasing.js'
import { chooseFacts, type Facts, isNegativeReason } from './choose-facts.js'
import type { FitGap } from './fit-gap.js'
import {
  PLACEHOLDERS,
  type Placeholder,
  type PlannedSentence,
  planSentences,
} from './write-sentences.js'

export { isNegativeReason, isPrivateWish } from './choose-facts.js'
export type { FitGap } from './fit-gap.js'
export { type Placeholder, possessive } from './write-sentences.js'

export const DRAFT_LENGTHS = [30, 60, 90] as const
export type DraftLength = (typeof DRAFT_LENGTHS)[number]

/** How far a draft may land from its spoken target (issue 16: within 15%). */
export const LENGTH_TOLERANCE = 0.15

export interface Draft {
  question: QuestionKind
  length: DraftLength
  text: string
  words: number
  /** Estimated at the one pace constant (contracts/limits.ts WORDS_PER_MINUTE). */
  seconds: number
  placeholders: Placeholder[]
  /** True when the draft has no placeholder left. */
  complete: boolean
  /** True when the inputs held enough to reach the target length (within LENGTH_TOLERANCE). */
  fits: boolean
  /**
   * Set when the inputs ran out before the target: what the draft is short of and
   * what would fill it. Such a draft is not a draft of its nominal length (a 90 that
   * runs 70 s is a 70-second draft), and nothing is padded to hide it.
   */
  short: string | null
}

export interface ComposeInput {
  profile: Profile
  goals: readonly Goal[]
  dossier: Dossier | null
  /** Chooses among wording variants; the same seed gives the same drafts. */
  seed?: string
  /** Which questions to draft; by default career goals, plus the career change in that mode. */
  questions?: readonly QuestionKind[]
}

export interface ComposeResult {
  drafts: Draft[]
  placeholders: Placeholder[]
  /** What the composer chose to leave out and why (a private wish, a negative reason, a gap). */
  notes: string[]
  /** The long-term goal points at another field than the company: say so before drafting it. */
  gap: FitGap | null
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function placeholdersIn(text: string): Placeholder[] {
  return Object.values(PLACEHOLDERS).filter((p) => text.includes(p.text))
}

/** What the inputs lack that a longer draft would say, most useful first. */
function missingInputs(f: Facts): string[] {
  const out: string[] = []
  if (!f.achievement2) out.push('a second achievement in your experience')
  if (!f.milestone) out.push('an open milestone for your goals')
  if (!f.initiative) out.push("the company's plans (its pages name none)")
  if (!f.duty2) out.push('a second duty in the job description')
  if (!f.passion) out.push('a passion')
  if (!f.valueTie && !f.ownValue) out.push('values of your own')
  if (!f.achievement3) out.push('a third achievement')
  if (!f.milestone2) out.push('a second milestone')
  return out
}

/**
 * Fit a draft to the clock: the spine (need 0) always, then the other
 * sentences in order of need while they fit under the target plus the
 * tolerance, kept in speaking order. When the spine alone runs over, the
 * least needed spine sentence after the first goes, down to three.
 */
export function fitToLength(plan: readonly PlannedSentence[], length: DraftLength): string[] {
  const target = (length / 60) * WORDS_PER_MINUTE
  const words = plan.map((s) => wordCount(s.text))
  const chosen = new Set(plan.flatMap((s, i) => (s.need === 0 ? [i] : [])))
  const total = () => [...chosen].reduce((n, i) => n + (words[i] ?? 0), 0)
  const byNeed = plan
    .map((s, i) => ({ need: s.need, i }))
    .filter((x) => x.need > 0)
    .sort((a, b) => a.need - b.need || a.i - b.i)
  // Aim a little under the target first, then use the tolerance to get close. A sentence that
  // leans on another ("Before that, I…") is only taken once that one is in.
  for (const limit of [1, 1 + LENGTH_TOLERANCE * 0.8]) {
    for (const { i } of byNeed) {
      if (chosen.has(i) || total() >= target * (1 - LENGTH_TOLERANCE * 0.3)) continue
      const after = plan[i]?.after
      if (after && !plan.some((s, k) => s.slot === after && chosen.has(k))) continue
      const next = total() + (words[i] ?? 0)
      // past the target, a sentence is taken only when it lands nearer the clock than without it
      if (next <= target * limit && (next <= target || next - target < target - total()))
        chosen.add(i)
    }
  }
  // A sentence that leans on another ("Before that, I…") goes when that one is not said.
  const said = new Set(plan.filter((_, i) => chosen.has(i)).map((s) => s.slot))
  return plan.filter((s, i) => chosen.has(i) && (!s.after || said.has(s.after))).map((s) => s.text)
}

/**
 * Drafts of an answer in three lengths (about 30, 60 and 90 seconds at the
 * pace the critique uses), one set per question, each leading with what that
 * question asks for. Facts are chosen first and put in the candidate's voice
 * (choose-facts.ts: the company's "we" and "our" become "you" and "your",
 * résumé bullets become first-person past achievements); sentences are then
 * written from whole phrases (write-sentences.ts). Only facts from the inputs
 * are used; where one is missing the draft holds a marked placeholder such
 * as "[your first-year goal]". When the long-term goal points at another
 * field than the company, `gap` says so and the drafts say only the part of
 * the goal that holds there.
 *
 * @example
 * composeDrafts({ profile, goals, dossier, seed: 'ana' }).drafts.map((d) => d.length) // [30, 60, 90]
 */
export function composeDrafts(
  input: ComposeInput,
  lengths: readonly DraftLength[] = DRAFT_LENGTHS,
): ComposeResult {
  const f = chooseFacts(input.profile, input.goals, input.dossier)
  const seed = input.seed ?? input.profile.name ?? 'headway'
  const questions: readonly QuestionKind[] =
    input.questions ??
    (input.profile.careerChange ? ['career-goals', 'career-change'] : ['career-goals'])
  if (input.profile.careerChange?.reason && isNegativeReason(input.profile.careerChange.reason)) {
    f.notes.push(
      `Left out the reason "${input.profile.careerChange.reason}": it tells the change as a push away. Say what draws you to ${input.profile.careerChange.to} instead.`,
    )
  }
  const drafts: Draft[] = []
  for (const question of questions) {
    // A career-change draft needs a career change to tell; otherwise it is a career-goals one.
    const kind = question === 'career-change' && !f.careerChange ? 'career-goals' : question
    for (const length of lengths) {
      // The 30-second drafts name one transferable skill and one piece of preparation, not two.
      const plan = planSentences(f, kind, seed, length === 30)
      const text = fitToLength(plan, length).join(' ')
      const words = wordCount(text)
      const target = (length / 60) * WORDS_PER_MINUTE
      const placeholders = placeholdersIn(text)
      const seconds = Math.round((words / WORDS_PER_MINUTE) * 60)
      const fits = Math.abs(words - target) <= target * LENGTH_TOLERANCE
      const lacking = joinList(missingInputs(f).slice(0, 3))
      const short =
        !fits && words < target
          ? `This ${length}-second draft runs about ${seconds} seconds: the inputs hold nothing more to say${lacking ? `. ${lacking.charAt(0).toUpperCase()}${lacking.slice(1)} would fill it` : ''}. Use it as a ${seconds}-second answer.`
          : null
      drafts.push({
        question,
        length,
        text,
        words,
        seconds,
        placeholders,
        complete: placeholders.length === 0,
        fits,
        short,
      })
    }
  }
  const short = drafts.find((d) => d.complete && d.short)
  if (short?.short) f.notes.push(short.short)
  const all = new Map<string, Placeholder>()
  for (const d of drafts) for (const p of d.placeholders) all.set(p.slot, p)
  return {
    drafts,
    placeholders: [...all.values()],
    notes: [...new Set(f.notes)],
    gap: f.gap,
  }
}

import type { Goal, GoalType } from '../contracts/profile.js'
import { GOAL_TYPES } from '../contracts/profile.js'
import { goalSignals } from '../lexicons/goal-signals.js'
import { type Document, readDocument } from '../text/document.js'
import { findCues, NUMBER_WORDS } from '../vocab/text-cues.js'

/** A suggested goal type, with the words that suggested it. */
export interface TypeSuggestion {
  type: GoalType
  /** The cue words found, for the "why?" popover. Empty when nothing matched. */
  cues: string[]
}

/**
 * Suggest a goal type from the goal's words (lexicons/goal-signals.json): the type
 * with the most cues wins; ties go to the order position, skill, industry,
 * lifestyle. With no cue the suggestion is 'skill' and `cues` is empty, so the UI
 * can say it is a guess. The person can always change it.
 *
 * @example
 * suggestGoalType('Become a team lead for the payments team').type // 'position'
 */
export function suggestGoalType(text: string | Document): TypeSuggestion {
  const doc = typeof text === 'string' ? readDocument(text) : text
  const { types } = goalSignals()
  let best: TypeSuggestion = { type: 'skill', cues: [] }
  for (const type of ['position', 'skill', 'industry', 'lifestyle'] as const) {
    const cues = findCues(doc, types[type]).map((c) => c.phrase)
    if (cues.length > best.cues.length) best = { type, cues }
  }
  return best
}

/** How a horizon was decided. */
export interface HorizonSuggestion {
  horizon: 'short' | 'long'
  /** Years from today to the target, when a date or a time phrase says so. */
  years?: number
  via: 'target-date' | 'text' | 'guess'
  /** The time phrase or date that decided it. */
  evidence?: string
}

const LONG_WORDS =
  /\b(ultimately|eventually|one day|someday|long[- ]term|in the long run|career-long|over my career)\b/i
const SHORT_WORDS =
  /\b(short[- ]term|this year|next year|this quarter|next quarter|first year|in the coming months|soon)\b/i
const AMOUNT =
  /\b(in|within|over|after|by)\s+(?:the\s+)?(?:next\s+)?(\d+(?:\.\d+)?|[a-z]+)(?:\s+(?:to|or)\s+(?:\d+|[a-z]+))?\s+(years?|months?|weeks?)\b/i
const BY_YEAR =
  /\b(?:by|in|before)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|the end of)\s+)?(20\d\d)\b/i

/** Whole months between two ISO dates (b - a), possibly negative. */
export function monthsBetween(a: string, b: string): number {
  const [ay = 0, am = 1] = a.split('-').map(Number)
  const [by = 0, bm = 1] = b.split('-').map(Number)
  return (by - ay) * 12 + (bm - am)
}

/**
 * The horizon of a goal: short (up to two years) or long (beyond). A target date
 * decides first; then a time phrase in the text ("within five years", "by 2030",
 * "next year", "ultimately"); otherwise a guess from the type (position and
 * industry goals tend to be long, skill and lifestyle goals short), marked as such.
 * `today` is an ISO date passed in: core has no clock.
 */
export function suggestHorizon(
  text: string,
  today: string,
  targetDate?: string,
  type?: GoalType,
): HorizonSuggestion {
  if (targetDate) {
    const years = Math.round((monthsBetween(today, targetDate) / 12) * 10) / 10
    return {
      horizon: years <= 2 ? 'short' : 'long',
      years,
      via: 'target-date',
      evidence: targetDate,
    }
  }
  const amount = AMOUNT.exec(text)
  if (amount) {
    const raw = (amount[2] ?? '').toLowerCase()
    const n = Number.isFinite(Number(raw)) ? Number(raw) : NUMBER_WORDS[raw]
    if (n !== undefined) {
      const unit = (amount[3] ?? '').toLowerCase()
      const years = unit.startsWith('year') ? n : unit.startsWith('month') ? n / 12 : n / 52
      return { horizon: years <= 2 ? 'short' : 'long', years, via: 'text', evidence: amount[0] }
    }
  }
  const byYear = BY_YEAR.exec(text)
  if (byYear) {
    const years = Number(byYear[1]) - Number(today.slice(0, 4))
    return { horizon: years <= 2 ? 'short' : 'long', years, via: 'text', evidence: byYear[0] }
  }
  const long = LONG_WORDS.exec(text)
  if (long) return { horizon: 'long', via: 'text', evidence: long[0] }
  const short = SHORT_WORDS.exec(text)
  if (short) return { horizon: 'short', via: 'text', evidence: short[0] }
  const guess = type ?? suggestGoalType(text).type
  return { horizon: guess === 'position' || guess === 'industry' ? 'long' : 'short', via: 'guess' }
}

/** What a person may write for a goal: only the text is required. */
export interface GoalDraft {
  id: string
  text: string
  type?: GoalType
  horizon?: 'short' | 'long'
  targetDate?: string
  milestones?: Goal['milestones']
  progress?: Goal['progress']
}

/**
 * A complete Goal from what the person wrote, filling type and horizon with
 * suggestions where they left them out.
 */
export function completeGoal(draft: GoalDraft, today: string): Goal {
  const type =
    draft.type && GOAL_TYPES.includes(draft.type) ? draft.type : suggestGoalType(draft.text).type
  const horizon = draft.horizon ?? suggestHorizon(draft.text, today, draft.targetDate, type).horizon
  const goal: Goal = {
    id: draft.id,
    text: draft.text,
    type,
    horizon,
    milestones: draft.milestones ?? [],
    progress: draft.progress ?? [],
  }
  if (draft.targetDate) goal.targetDate = draft.targetDate
  return goal
}

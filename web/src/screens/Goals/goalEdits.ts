import type { GoalType, Milestone, ProgressEntry, StoredGoal } from '../../core/index.js'

/** The fields of a goal a person writes (as the goal form holds them: '' for no date). */
export interface GoalFieldValues {
  text: string
  type: GoalType
  horizon: 'short' | 'long'
  targetDate: string
}

export const today = () => new Date().toISOString().slice(0, 10)
/** A milestone id: it names a calendar event, so letters and digits only. */
export const newMilestoneId = () => Math.random().toString(36).slice(2, 10)

/** A goal with new text, type, horizon and date; an empty date removes it. */
export function withFields(goal: StoredGoal, f: GoalFieldValues): StoredGoal {
  const { targetDate: _old, ...rest } = goal
  return {
    ...rest,
    text: f.text.trim(),
    type: f.type,
    horizon: f.horizon,
    ...(f.targetDate ? { targetDate: f.targetDate } : {}),
  }
}

/** A milestone with new text and due date; an empty date removes it. */
export function editMilestone(m: Milestone, text: string, due: string): Milestone {
  const { due: _old, ...rest } = m
  return { ...rest, text: text.trim(), ...(due ? { due } : {}) }
}

/** A milestone ticked or unticked: ticking records the day. */
export function toggleMilestone(m: Milestone, done: boolean): Milestone {
  const { doneAt: _d, ...rest } = m
  return done ? { ...rest, done: true, doneAt: today() } : { ...rest, done: false }
}

/** A progress entry from the form's text, or an Error that says what to fix. */
export function progressEntry(date: string, percent: string, note: string): ProgressEntry | Error {
  const n = Number(percent)
  if (!date) return new Error('Give the date of this progress.')
  if (percent.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    return new Error('Percent done is a number from 0 to 100.')
  return { date, percent: n, ...(note.trim() ? { note: note.trim() } : {}) }
}

/** The goal as the API takes it back (no server-made fields). */
export function goalInput(g: StoredGoal) {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = g
  return rest
}

import { createEvents, type EventAttributes } from 'ics'
import type { Goal } from '../core/contracts/profile.js'

export class IcsExportError extends Error {
  override readonly name = 'IcsExportError'
}

function dateArray(iso: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number)
  return [y, m, d]
}

/**
 * An iCalendar file of goal milestones: one all-day event on each milestone's
 * due date (milestones without a date are skipped and counted), plus the goal's
 * target date. Uids are stable (`goal-id.milestone-id@headway`), so importing
 * again updates the events instead of duplicating them.
 *
 * @example
 * const { ics, skipped } = milestonesToIcs(goals)
 */
export function milestonesToIcs(goals: readonly Goal[]): {
  ics: string
  events: number
  skipped: number
} {
  const events: EventAttributes[] = []
  let skipped = 0
  for (const g of goals) {
    for (const m of g.milestones) {
      if (!m.due) {
        skipped++
        continue
      }
      events.push({
        uid: `${g.id}.${m.id}@headway`,
        title: m.done ? `✓ ${m.text}` : m.text,
        description: `Milestone of the goal: ${g.text}`,
        start: dateArray(m.due),
        duration: { days: 1 },
        status: 'CONFIRMED',
        categories: ['headway', g.type],
        productId: 'headway/milestones',
        calName: 'headway goals',
      })
    }
    if (g.targetDate) {
      events.push({
        uid: `${g.id}.target@headway`,
        title: `Goal target: ${g.text}`,
        start: dateArray(g.targetDate),
        duration: { days: 1 },
        categories: ['headway', g.type],
        productId: 'headway/milestones',
        calName: 'headway goals',
      })
    }
  }
  if (events.length === 0) return { ics: '', events: 0, skipped }
  const { error, value } = createEvents(events)
  if (error || !value)
    throw new IcsExportError(`could not write the calendar: ${error?.message ?? 'no output'}`)
  return { ics: value, events: events.length, skipped }
}

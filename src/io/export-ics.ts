import type { Goal } from '../core/contracts/profile.js'

/**
 * The one iCalendar writer (RFC 5545), for the CLI (`headway goals ics`) and the
 * web app alike. Written here rather than with a library because the calendar
 * needs three things done exactly: every TEXT value escaped, with every line
 * break (CRLF, LF and a lone CR) written as `\n` and other control characters
 * dropped, so no value can start a property of its own; lines folded at 75
 * octets of UTF-8, never inside a character; and an all-day event's length
 * written as a valid DURATION (`P1D`). It uses no Node API, so the browser runs
 * the same code.
 */

const CRLF = '\r\n'
const MAX_LINE_OCTETS = 75

/** Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Controls other than tab are not allowed in TEXT (3.3.11, 3.1 "CONTROL").
      // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  )
}

const utf8 = new TextEncoder()

/**
 * Fold a content line so that no physical line is longer than 75 octets
 * (RFC 5545 3.1): CRLF then one space before each continuation, cut between
 * characters (code points), never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (utf8.encode(line).length <= MAX_LINE_OCTETS) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  // Continuation lines start with a space, which counts toward their 75 octets.
  let limit = MAX_LINE_OCTETS
  for (const char of line) {
    const size = utf8.encode(char).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = MAX_LINE_OCTETS - 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

const dateValue = (iso: string) => iso.replaceAll('-', '')
const stampValue = (stamp: Date) => `${stamp.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`

interface CalendarEvent {
  uid: string
  date: string
  summary: string
  description: string
  categories: readonly string[]
}

/**
 * An iCalendar file of goal milestones: one all-day event on each milestone's
 * due date (milestones without a date are skipped and counted), plus the goal's
 * target date. Uids are stable (`goal-id.milestone-id@headway`), so importing
 * again updates the events instead of duplicating them. `stamp` is the DTSTAMP
 * (the time of writing), passed in so the output is reproducible.
 *
 * @example
 * const { ics, events, skipped } = milestonesToIcs(goals, new Date())
 */
export function milestonesToIcs(
  goals: readonly Goal[],
  stamp: Date,
): { ics: string; events: number; skipped: number } {
  const events: CalendarEvent[] = []
  let skipped = 0
  for (const g of goals) {
    for (const m of g.milestones) {
      if (!m.due) {
        skipped++
        continue
      }
      events.push({
        uid: `${g.id}.${m.id}@headway`,
        date: m.due,
        summary: m.done ? `✓ ${m.text}` : m.text,
        description: `Milestone of the goal: ${g.text}`,
        categories: ['headway', g.type],
      })
    }
    if (g.targetDate) {
      events.push({
        uid: `${g.id}.target@headway`,
        date: g.targetDate,
        summary: `Goal target: ${g.text}`,
        description: g.text,
        categories: ['headway', g.type],
      })
    }
  }
  if (events.length === 0) return { ics: '', events: 0, skipped }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//headway//milestones//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:headway goals',
  ]
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stampValue(stamp)}`,
      `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
      'DURATION:P1D',
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `CATEGORIES:${e.categories.map(escapeText).join(',')}`,
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return { ics: `${lines.map(foldLine).join(CRLF)}${CRLF}`, events: events.length, skipped }
}

import type { Goal } from '../../../../src/core/contracts/profile.js'

/** Escape text for an iCalendar TEXT value (RFC 5545 3.3.11). */
function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Fold lines longer than 75 octets (RFC 5545 3.1); simple ASCII-safe fold by characters. */
function fold(line: string): string {
  const parts: string[] = []
  let rest = line
  while (rest.length > 74) {
    parts.push(rest.slice(0, 74))
    rest = ` ${rest.slice(74)}`
  }
  parts.push(rest)
  return parts.join('\r\n')
}

const day = (iso: string) => iso.replaceAll('-', '')

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * An .ics calendar with one all-day event per milestone that has a due date
 * (and one per goal target date). `stamp` is the creation time (UTC), passed
 * in so the output is deterministic in tests.
 */
export function goalsToIcs(goals: readonly (Goal & { id: string })[], stamp: Date): string {
  const dtstamp = `${stamp.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//headway//career goals//EN',
    'CALSCALE:GREGORIAN',
  ]
  const event = (uid: string, date: string, summary: string, description: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@headway.local`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${day(date)}`,
      `DTEND;VALUE=DATE:${day(nextDay(date))}`,
      fold(`SUMMARY:${esc(summary)}`),
      fold(`DESCRIPTION:${esc(description)}`),
      'END:VEVENT',
    )
  }
  for (const g of goals) {
    for (const m of g.milestones) {
      if (m.due) event(`${g.id}-${m.id}`, m.due, `Milestone: ${m.text}`, `Goal: ${g.text}`)
    }
    if (g.targetDate) event(`${g.id}-target`, g.targetDate, `Goal target: ${g.text}`, g.text)
  }
  lines.push('END:VCALENDAR')
  return `${lines.join('\r\n')}\r\n`
}

import { describe, expect, it } from 'vitest'
import { goalsToIcs } from './ics.js'

describe('goalsToIcs', () => {
  it('makes one all-day event per dated milestone, escaped and CRLF-terminated', () => {
    const ics = goalsToIcs(
      [
        {
          id: 'g1',
          text: 'Lead the data team, by 2028',
          type: 'position',
          horizon: 'long',
          milestones: [
            {
              id: 'm1',
              text: 'Finish SQL course; get certificate',
              due: '2026-12-31',
              done: false,
            },
            { id: 'm2', text: 'No date yet', done: false },
          ],
          progress: [],
        },
      ],
      new Date('2026-11-25T10:00:00Z'),
    )
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231')
    expect(ics).toContain('DTEND;VALUE=DATE:20270101')
    expect(ics).toContain('SUMMARY:Milestone: Finish SQL course\\; get certificate')
    expect(ics).toContain('DESCRIPTION:Goal: Lead the data team\\, by 2028')
    expect(ics).toContain('DTSTAMP:20261125T100000Z')
  })

  it('folds long lines at 75 characters', () => {
    const long = 'x'.repeat(200)
    const ics = goalsToIcs(
      [
        {
          id: 'g',
          text: long,
          type: 'skill',
          horizon: 'short',
          targetDate: '2027-01-01',
          milestones: [],
          progress: [],
        },
      ],
      new Date(0),
    )
    for (const line of ics.split('\r\n')) expect(line.length).toBeLessThanOrEqual(75)
  })
})

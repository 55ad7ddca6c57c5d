import { describe, expect, it } from 'vitest'
import type { Goal } from '../core/contracts/profile.js'
import { milestonesToIcs } from './export-ics.js'

const goal: Goal = {
  id: 'g1',
  text: 'Pass the CKA exam',
  type: 'skill',
  horizon: 'short',
  targetDate: '2027-09-30',
  milestones: [
    { id: 'm1', text: 'Finish the course', due: '2027-03-31', done: true, doneAt: '2027-03-20' },
    { id: 'm2', text: 'Book the exam', done: false },
  ],
  progress: [],
}

describe('milestonesToIcs', () => {
  it('writes one all-day event per dated milestone plus the target, with stable uids', () => {
    const { ics, events, skipped } = milestonesToIcs([goal])
    expect(events).toBe(2)
    expect(skipped).toBe(1)
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('UID:g1.m1@headway')
    expect(ics).toContain('UID:g1.target@headway')
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270331/)
    expect(ics).toContain('SUMMARY:✓ Finish the course')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
  })

  it('returns an empty calendar when nothing has a date', () => {
    const { targetDate: _, ...undated } = goal
    expect(milestonesToIcs([{ ...undated, milestones: [] }])).toEqual({
      ics: '',
      events: 0,
      skipped: 0,
    })
  })
})

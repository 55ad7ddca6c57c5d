import { describe, expect, it } from 'vitest'
import type { StoredGoal } from '../../core/index.js'
import { editMilestone, progressEntry, withFields } from './goalEdits.js'

const goal: StoredGoal = {
  id: 'g1',
  text: 'Learn dbt',
  type: 'skill',
  horizon: 'short',
  targetDate: '2027-06-30',
  milestones: [{ id: 'm1', text: 'Course', due: '2027-01-31', done: false }],
  progress: [{ date: '2026-12-01', percent: 10 }],
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
}

describe('goal edits', () => {
  it('changes text, type and horizon, drops a cleared date and keeps milestones and progress', () => {
    const next = withFields(goal, {
      text: '  Lead the data platform team  ',
      type: 'position',
      horizon: 'long',
      targetDate: '',
    })
    expect(next).toMatchObject({
      text: 'Lead the data platform team',
      type: 'position',
      horizon: 'long',
    })
    expect('targetDate' in next).toBe(false)
    expect(next.milestones).toBe(goal.milestones)
    expect(next.progress).toBe(goal.progress)
  })

  it('edits a milestone in place, keeping its id and done state', () => {
    const course = { id: 'm1', text: 'Course', due: '2027-01-31', done: true }
    const m = editMilestone(course, 'Finish the course', '')
    expect(m).toEqual({ id: 'm1', text: 'Finish the course', done: true })
  })

  it('refuses a percent outside 0 to 100 with a message that says so', () => {
    expect(progressEntry('2026-12-02', '140', '')).toBeInstanceOf(Error)
    expect((progressEntry('2026-12-02', '', '') as Error).message).toMatch(/0 to 100/)
    expect(progressEntry('2026-12-02', '35', ' halfway ')).toEqual({
      date: '2026-12-02',
      percent: 35,
      note: 'halfway',
    })
  })
})

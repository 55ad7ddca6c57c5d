import { describe, expect, it } from 'vitest'
import { progressOf } from './progress.js'

describe('progressOf', () => {
  it('counts milestones done and builds the history in date order', () => {
    const p = progressOf({
      milestones: [
        { id: 'a', text: 'course', done: true, doneAt: '2026-03-01' },
        { id: 'b', text: 'project', done: true, doneAt: '2026-01-15' },
        { id: 'c', text: 'exam', done: false },
        { id: 'd', text: 'talk', done: false },
      ],
      progress: [{ date: '2026-02-01', percent: 30, note: 'halfway through the course' }],
    })
    expect(p).toMatchObject({ percent: 50, via: 'milestones', done: 2, total: 4 })
    expect(p.history.map((h) => `${h.date} ${h.percent}`)).toEqual([
      '2026-01-15 25',
      '2026-02-01 30',
      '2026-03-01 50',
    ])
  })

  it('falls back to the latest log entry, then to none', () => {
    expect(
      progressOf({
        milestones: [],
        progress: [
          { date: '2026-05-01', percent: 70 },
          { date: '2026-01-01', percent: 10 },
        ],
      }),
    ).toMatchObject({ percent: 70, via: 'log' })
    expect(progressOf({ milestones: [], progress: [] })).toMatchObject({ percent: 0, via: 'none' })
  })
})

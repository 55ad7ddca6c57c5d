import type { Goal } from '../contracts/profile.js'

export interface ProgressPoint {
  date: string
  percent: number
  note?: string
}

export interface Progress {
  /** 0 to 100, rounded. */
  percent: number
  /** Milestones when the goal has any; else the latest log entry; else none. */
  via: 'milestones' | 'log' | 'none'
  done: number
  total: number
  /** Points over time, oldest first: log entries and the dates milestones were done. */
  history: ProgressPoint[]
}

/**
 * Progress of a goal: the share of milestones done, or the latest logged
 * percentage when it has no milestones. History merges the log with the
 * milestone completions (each completion is a point at the share done by then),
 * sorted by date; on the same date the milestone figure comes last.
 */
export function progressOf(goal: Pick<Goal, 'milestones' | 'progress'>): Progress {
  const total = goal.milestones.length
  const done = goal.milestones.filter((m) => m.done).length
  const history: ProgressPoint[] = goal.progress.map((p) => {
    const point: ProgressPoint = { date: p.date, percent: p.percent }
    if (p.note) point.note = p.note
    return point
  })
  if (total > 0) {
    const dates = goal.milestones
      .filter((m) => m.done && m.doneAt)
      .map((m) => m.doneAt as string)
      .sort()
    dates.forEach((date, i) => {
      history.push({ date, percent: Math.round(((i + 1) / total) * 100), note: 'milestone done' })
    })
  }
  history.sort((a, b) => a.date.localeCompare(b.date))
  if (total > 0)
    return { percent: Math.round((done / total) * 100), via: 'milestones', done, total, history }
  const latest = [...goal.progress].sort((a, b) => a.date.localeCompare(b.date)).at(-1)
  if (latest) return { percent: Math.round(latest.percent), via: 'log', done, total, history }
  return { percent: 0, via: 'none', done, total, history }
}

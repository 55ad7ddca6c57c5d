import type { Report } from '../../../../src/core/contracts/report.js'

export interface Delivery {
  words: number
  seconds: number
  wpm: number
  fillers: number
  fillersPerMinute: number
  /** Runs of fillers close together ("um, like, you know"), as [start, end, count]. */
  clusters: [number, number, number][]
  hedges: number
}

/** Gap in characters under which two fillers count as one cluster. */
const CLUSTER_GAP = 40

/**
 * Delivery figures for a timed transcript from its critique: pace, fillers
 * (and where they bunch up) and hedges. Fillers are the findings flagged
 * `fillers` by the critique, so the two never disagree.
 */
export function delivery(report: Report, seconds: number): Delivery {
  const minutes = Math.max(seconds, 1) / 60
  const spans = report.findings
    .filter((f) => f.flag === 'fillers')
    .map((f) => f.span)
    .sort((a, b) => a[0] - b[0])
  const clusters: [number, number, number][] = []
  for (const [s, e] of spans) {
    const last = clusters.at(-1)
    if (last && s - last[1] <= CLUSTER_GAP) {
      last[1] = Math.max(last[1], e)
      last[2] += 1
    } else clusters.push([s, e, 1])
  }
  const fillers = Math.max(report.stats.fillers, spans.length)
  return {
    words: report.stats.words,
    seconds: Math.round(seconds),
    wpm: Math.round(report.stats.words / minutes),
    fillers,
    fillersPerMinute: Math.round((fillers / minutes) * 10) / 10,
    clusters: clusters.filter((c) => c[2] > 1),
    hedges: report.stats.hedges,
  }
}

/** Words that fit in `seconds` at the person's own pace (rounded to 5). */
export function wordBudget(wpm: number, seconds: number): number {
  return Math.round((wpm * seconds) / 60 / 5) * 5
}

/** The person's pace: the median words a minute of their attempts, or 140 before any. */
export function measuredPace(wpms: readonly number[]): number {
  const ok = wpms.filter((w) => w >= 40 && w <= 300).sort((a, b) => a - b)
  if (!ok.length) return 140
  return ok[Math.floor(ok.length / 2)] as number
}

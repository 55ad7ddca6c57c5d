import type { Finding } from '../core/index.js'

/** A run of text and the findings (by index) that cover it. */
export interface Segment {
  start: number
  end: number
  findings: number[]
}

/**
 * Cut `text` into runs at every finding boundary, so overlapping findings
 * highlight correctly. Spans outside the text are clamped, never trusted.
 */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const cuts = new Set<number>([0, text.length])
  const spans = findings.map((f) => {
    const start = Math.max(0, Math.min(text.length, f.span[0]))
    const end = Math.max(start, Math.min(text.length, f.span[1]))
    cuts.add(start)
    cuts.add(end)
    return [start, end] as const
  })
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    if (end <= start) continue
    const covering: number[] = []
    spans.forEach(([s, e], k) => {
      if (s < end && e > start) covering.push(k)
    })
    out.push({ start, end, findings: covering })
  }
  return out
}

/** Indexes of the findings whose span holds the caret at `offset`. */
export function findingsAt(findings: readonly Finding[], offset: number): number[] {
  const out: number[] = []
  findings.forEach((f, i) => {
    if (f.span[0] <= offset && offset <= f.span[1]) out.push(i)
  })
  return out
}

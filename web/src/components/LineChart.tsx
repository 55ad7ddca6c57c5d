import { useId } from 'react'

export interface Point {
  /** Label on the x axis (a date). */
  label: string
  value: number
}

interface Props {
  title: string
  points: readonly Point[]
  /** The y range; 0 to 100 by default (percent, scores). */
  max?: number
  unit?: string
}

const W = 560
const H = 200
const PAD = { left: 36, right: 12, top: 12, bottom: 28 }

/**
 * A small SVG line chart, drawn by hand: points spaced evenly in order, a 0..max
 * y axis with gridlines. Screen readers get the title and a data table summary.
 */
export function LineChart({ title, points, max = 100, unit = '' }: Props) {
  const id = useId()
  if (points.length === 0) return <p className="muted">No data yet: the chart appears here.</p>
  const iw = W - PAD.left - PAD.right
  const ih = H - PAD.top - PAD.bottom
  const x = (i: number) =>
    PAD.left + (points.length === 1 ? iw / 2 : (i * iw) / (points.length - 1))
  const y = (v: number) => PAD.top + ih - (Math.max(0, Math.min(max, v)) / max) * ih
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
  const ticks = [0, max / 2, max]
  const every = Math.max(1, Math.ceil(points.length / 6))
  const summary = points.map((p) => `${p.label}: ${Math.round(p.value)}${unit}`).join(', ')
  return (
    <figure>
      <svg
        className="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        <line className="axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} />
        <path className="line" d={path.join(' ')} />
        {points.map((p, i) => (
          <g key={`${p.label}|${p.value}|${x(i)}`}>
            <circle className="dot" cx={x(i)} cy={y(p.value)} r={3.5} />
            {i % every === 0 || i === points.length - 1 ? (
              <text x={x(i)} y={H - 8} textAnchor="middle">
                {p.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="small muted">{title}</figcaption>
    </figure>
  )
}

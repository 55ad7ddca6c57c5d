import { useId } from 'react'
import {
  CRITERION_LABELS,
  type CriterionId,
  type CritiqueContext,
  FLAG_LABELS,
  type Report,
} from '../core/index.js'
import { Busy } from './Busy.js'
import { TermCoverage } from './TermCoverage.js'

interface Props {
  report: Report | undefined
  ms: number | undefined
  ready: boolean
  error: Error | undefined
  criteria: readonly CriterionId[]
  /** The answer the report is about. */
  text: string
  context: CritiqueContext | undefined
  /** Findings lit in the text (hovered, focused or under the caret). */
  lit: ReadonlySet<number>
  onSelect: (finding: number) => void
  onActive: (findings: number[]) => void
}

/** The live critique beside the editor: score, a bar per criterion, the findings, the terms covered. */
export function CritiquePanel({
  report,
  ms,
  ready,
  error,
  criteria,
  text,
  context,
  lit,
  onSelect,
  onActive,
}: Props) {
  const id = useId()
  const findings = report?.findings ?? []
  const byId = new Map(report?.criteria.map((c) => [c.id, c]) ?? [])
  return (
    <section aria-label="Live critique" className="critique-panel">
      <div className="score" data-testid="score">
        {error ? (
          <p className="error" role="alert">
            {error.message}
          </p>
        ) : !ready ? (
          <Busy label="Loading the critique engine (once, about 4 MB)…" />
        ) : !report ? (
          <p className="muted">Start typing: the score and advice appear here as you write.</p>
        ) : (
          <>
            <span className="big">
              {report.score}
              <span className="sr-only"> out of 100</span>
            </span>
            <span className={`verdict verdict-${report.verdict}`}>
              {report.verdict.replace('-', ' ')}
            </span>
            <span className="small muted" data-analyze-ms={ms?.toFixed(2)}>
              {report.stats.words} words · ~{report.stats.seconds} s · checked in{' '}
              {ms === undefined ? '–' : ms.toFixed(1)} ms
            </span>
          </>
        )}
      </div>
      <ul className="bars" aria-label="Criteria">
        {criteria.map((cid) => {
          const c = byId.get(cid)
          const pct = Math.round((c?.score ?? 0) * 100)
          return (
            <li key={cid} title={c?.advice ?? ''}>
              <span id={`${id}-${cid}`}>{CRITERION_LABELS[cid]}</span>
              <meter
                aria-labelledby={`${id}-${cid}`}
                min={0}
                max={100}
                low={40}
                high={75}
                optimum={100}
                value={pct}
                aria-valuetext={`${pct} of 100${c?.advice ? `: ${c.advice}` : ''}`}
              />
              <span className="small">{pct}</span>
            </li>
          )
        })}
      </ul>
      <h3 id={`${id}-findings`}>
        {findings.length
          ? `${findings.length} thing${findings.length === 1 ? '' : 's'} to fix`
          : 'Nothing flagged'}
      </h3>
      <ul className="findings" aria-labelledby={`${id}-findings`} data-testid="findings">
        {report && findings.length === 0 ? (
          <li className="muted small none">
            Nothing to fix. Read it aloud: about {report.stats.seconds} seconds.
          </li>
        ) : null}
        {findings.map((f, i) => (
          <li key={`${f.rule}-${f.span[0]}-${f.span[1]}`}>
            <button
              type="button"
              className={lit.has(i) ? 'active' : ''}
              data-flag={f.flag ?? ''}
              data-rule={f.rule}
              onClick={() => onSelect(i)}
              onMouseEnter={() => onActive([i])}
              onMouseLeave={() => onActive([])}
              onFocus={() => onActive([i])}
              onBlur={() => onActive([])}
            >
              {f.flag ? <span className="flag">{FLAG_LABELS[f.flag]} </span> : null}“
              {text.slice(f.span[0], f.span[1])}”: {f.message}
              {f.suggestion ? <span className="muted"> Try: {f.suggestion}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {report ? <TermCoverage text={text} context={context} /> : null}
    </section>
  )
}

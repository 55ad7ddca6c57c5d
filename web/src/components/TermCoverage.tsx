import { useId, useMemo } from 'react'
import type { CritiqueContext, TermSource } from '../core/index.js'
import { useCore } from '../hooks/useCore.js'

const SOURCE_LABELS: Record<TermSource, string> = {
  skill: 'skill',
  value: 'value',
  product: 'product',
}

/**
 * Which of the job's skills and the company's values and products the answer
 * uses, and which it misses (the core's termCoverage). Nothing when the
 * interview has no dossier terms.
 */
export function TermCoverage({
  text,
  context,
}: {
  text: string
  context: CritiqueContext | undefined
}) {
  const id = useId()
  const { core } = useCore()
  const contextKey = JSON.stringify(context ?? {})
  // biome-ignore lint/correctness/useExhaustiveDependencies: context is compared by value
  const coverage = useMemo(
    () => (core && text.trim() ? core.termCoverage(text, context ?? {}) : undefined),
    [core, text, contextKey],
  )
  if (!coverage || coverage.used.length + coverage.missed.length === 0) return null
  return (
    <div data-testid="term-coverage">
      <h3 id={`${id}-h`}>Their terms in your answer</h3>
      <p className="small">
        <strong>Used ({coverage.used.length}):</strong>{' '}
        {coverage.used.length
          ? coverage.used.map((u, k) => (
              <span key={`${u.source}-${u.term}`}>
                {k ? ', ' : ''}
                {u.term} <span className="muted">({SOURCE_LABELS[u.source]})</span>
              </span>
            ))
          : 'none yet'}
      </p>
      <p className="small">
        <strong>Missed ({coverage.missed.length}):</strong>{' '}
        {coverage.missed.length
          ? coverage.missed.map((m, k) => (
              <span key={`${m.source}-${m.term}`}>
                {k ? ', ' : ''}
                {m.term} <span className="muted">({SOURCE_LABELS[m.source]})</span>
              </span>
            ))
          : 'none'}
      </p>
    </div>
  )
}

import { useEffect, useMemo, useState } from 'react'
import type { CritiqueContext } from '../../../src/core/contracts/context.js'
import type { Report } from '../../../src/core/contracts/report.js'

type Analyze = (text: string, context?: CritiqueContext) => Report

let engine: Analyze | undefined
let loading: Promise<Analyze> | undefined

/**
 * Load the critique engine (the core's `analyze` with the wink-nlp model, a few
 * MB) once, on first use, in its own chunk so the other screens open at once.
 */
export function loadEngine(): Promise<Analyze> {
  loading ??= import('../../../src/core/critique/analyze.js').then((m) => {
    engine = m.analyze
    return m.analyze
  })
  return loading
}

export interface Critique {
  report: Report | undefined
  /** Milliseconds the last `analyze` call took (raw, no debounce). */
  ms: number | undefined
  ready: boolean
  error: Error | undefined
}

/**
 * The live critique of `text`, computed in the browser on every change (no
 * round trip, no debounce). `analyze` runs synchronously during render, so the
 * figure in `ms` is exactly what each keystroke costs.
 */
export function useCritique(text: string, context: CritiqueContext | undefined): Critique {
  const [ready, setReady] = useState(engine !== undefined)
  const [error, setError] = useState<Error>()
  useEffect(() => {
    if (engine) return
    loadEngine().then(
      () => setReady(true),
      (err: unknown) =>
        setError(
          new Error(
            `The critique engine did not load (${err instanceof Error ? err.message : String(err)}). Reload the page.`,
          ),
        ),
    )
  }, [])
  const contextKey = JSON.stringify(context ?? {})
  // biome-ignore lint/correctness/useExhaustiveDependencies: context is compared by value
  return useMemo(() => {
    if (!ready || !engine) return { report: undefined, ms: undefined, ready, error }
    // An empty answer is not an error: there is simply nothing to critique yet.
    if (!text.trim()) return { report: undefined, ms: undefined, ready, error }
    const t0 = performance.now()
    let report: Report
    try {
      report = engine(text, context ?? {})
    } catch (err) {
      return { report: undefined, ms: undefined, ready, error: err as Error }
    }
    return { report, ms: performance.now() - t0, ready, error }
  }, [text, contextKey, ready, error])
}

import { useMemo } from 'react'
import type { CritiqueContext, Report } from '../core/index.js'
import { useCore } from './useCore.js'

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
  const { core, error } = useCore()
  const ready = core !== undefined
  const contextKey = JSON.stringify(context ?? {})
  // biome-ignore lint/correctness/useExhaustiveDependencies: context is compared by value
  return useMemo(() => {
    if (!core) return { report: undefined, ms: undefined, ready, error }
    // An empty answer is not an error: there is simply nothing to critique yet.
    if (!text.trim()) return { report: undefined, ms: undefined, ready, error }
    const t0 = performance.now()
    try {
      const report = core.analyze(text, context ?? {})
      return { report, ms: performance.now() - t0, ready, error }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      return { report: undefined, ms: undefined, ready, error: new Error(message) }
    }
  }, [text, contextKey, core, error])
}

import { useEffect, useState } from 'react'

type GoalsCore = typeof import('../../../src/core/goals/index.js')
let loaded: GoalsCore | undefined
let loading: Promise<GoalsCore> | undefined

/**
 * The core's goal functions (SMART check, roadmap), loaded on first use: they
 * share the wink-nlp model with the critique, so they come in the same lazy chunk.
 */
export function useGoalsCore(): { core: GoalsCore | undefined; error: Error | undefined } {
  const [core, setCore] = useState(loaded)
  const [error, setError] = useState<Error>()
  useEffect(() => {
    if (loaded) return
    loading ??= import('../../../src/core/goals/index.js').then((m) => {
      loaded = m
      return m
    })
    loading.then(setCore, (err: unknown) =>
      setError(new Error(`The SMART check did not load (${String(err)}). Reload the page.`)),
    )
  }, [])
  return { core, error }
}

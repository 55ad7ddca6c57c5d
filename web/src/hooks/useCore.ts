import { useEffect, useState } from 'react'

export type Core = typeof import('../core/lazy.js')

let loaded: Core | undefined
let loading: Promise<Core> | undefined

/** Load the in-browser core once (its own chunk, so the first screen opens at once). */
export function loadCore(): Promise<Core> {
  loading ??= import('../core/lazy.js').then((m) => {
    // The first analyze builds wink's caches and compiles the rules (~50-100 ms): pay
    // it now, not on the person's first keystroke.
    m.analyze('In two years I plan to lead a small team here.', { question: 'career-goals' })
    loaded = m
    return m
  })
  return loading
}

/** The core if loaded, else undefined; re-renders when it arrives. */
export function useCore(): { core: Core | undefined; error: Error | undefined } {
  const [core, setCore] = useState(loaded)
  const [error, setError] = useState<Error>()
  useEffect(() => {
    if (loaded) return
    loadCore().then(setCore, (err: unknown) =>
      setError(
        new Error(
          `headway's checks did not load (${err instanceof Error ? err.message : String(err)}). Reload the page.`,
        ),
      ),
    )
  }, [])
  return { core, error }
}

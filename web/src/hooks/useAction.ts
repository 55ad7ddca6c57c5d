import { useCallback, useState } from 'react'

export interface Action<A extends unknown[]> {
  run: (...args: A) => Promise<boolean>
  busy: boolean
  error: Error | undefined
  done: boolean
}

/** Wrap a long action (save, extract, draft) with busy and error state for the UI. */
export function useAction<A extends unknown[]>(fn: (...args: A) => Promise<unknown>): Action<A> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error>()
  const [done, setDone] = useState(false)
  const run = useCallback(
    async (...args: A) => {
      setBusy(true)
      setError(undefined)
      setDone(false)
      try {
        await fn(...args)
        setDone(true)
        return true
      } catch (err) {
        setError(err instanceof Error ? err : new Error(String(err)))
        return false
      } finally {
        setBusy(false)
      }
    },
    [fn],
  )
  return { run, busy, error, done }
}

import { useCallback, useState } from 'react'

const KEY = 'headway.selected'

/**
 * The company or application the person is working on, shared by the Align,
 * Answer, Practice and Prep screens and kept across reloads (ids only).
 */
export function useSelection(kind: 'company' | 'application') {
  const [id, setId] = useState<string | undefined>(() => {
    try {
      return (JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>)[kind]
    } catch {
      return undefined
    }
  })
  const select = useCallback(
    (next: string | undefined) => {
      setId(next)
      try {
        const all = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>
        if (next) all[kind] = next
        else delete all[kind]
        localStorage.setItem(KEY, JSON.stringify(all))
      } catch {
        // Storage may be off (private mode): the choice then lasts for this page only.
      }
    },
    [kind],
  )
  return [id, select] as const
}

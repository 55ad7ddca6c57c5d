import { useOfferUndo } from '../components/UndoToast.js'
import { type Action, useAction } from './useAction.js'

/** What the app can delete and restore (every stored collection of the API client). */
export interface Restorable {
  remove: (id: string) => Promise<unknown>
  restore: (id: string) => Promise<unknown>
}

/**
 * Delete at once, then offer "Deleted. Undo" (Gmail's pattern: no confirmation
 * dialog, the undo is the safety). `changed` runs after the deletion and after the
 * undo, so the screen shows what is stored.
 */
export function useDeleteWithUndo(
  resource: Restorable,
  what: string,
  changed: () => void,
): Action<[id: string, name: string]> {
  const offer = useOfferUndo()
  return useAction(async (id: string, name: string) => {
    await resource.remove(id)
    changed()
    offer({
      message: `Deleted the ${what} “${name}”.`,
      undo: async () => {
        await resource.restore(id)
        changed()
      },
    })
  })
}

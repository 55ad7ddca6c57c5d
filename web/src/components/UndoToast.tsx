import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react'
import { useAction } from '../hooks/useAction.js'
import { ErrorNote } from './ErrorNote.js'

/**
 * "Deleted. Undo": one note at the foot of the screen for the last deletion. It stays
 * until it is dismissed or another deletion replaces it (no timer: a person who reads
 * slowly or uses a screen reader keeps the chance); the server keeps what was deleted
 * for 10 minutes, and a later click says so.
 */

export interface UndoOffer {
  message: string
  undo: () => Promise<void>
}

type Offer = (offer: UndoOffer) => void

const UndoContext = createContext<Offer>(() => undefined)

/** Offer an undo for something just deleted. */
export function useOfferUndo(): Offer {
  return useContext(UndoContext)
}

export function UndoProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<(UndoOffer & { key: number }) | null>(null)
  const show = useCallback<Offer>((next) => setOffer({ ...next, key: Date.now() }), [])
  const value = useMemo(() => show, [show])
  return (
    <UndoContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {offer ? <Toast key={offer.key} offer={offer} onClose={() => setOffer(null)} /> : null}
      </div>
    </UndoContext.Provider>
  )
}

function Toast({ offer, onClose }: { offer: UndoOffer; onClose: () => void }) {
  const undo = useAction(offer.undo)
  if (undo.done) return <div className="toast">Restored.</div>
  return (
    <div className="toast" data-testid="undo-toast">
      <span>{offer.message}</span>
      <button type="button" className="link" disabled={undo.busy} onClick={() => undo.run()}>
        {undo.busy ? 'Undoing…' : 'Undo'}
      </button>
      <button type="button" className="link" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
      <ErrorNote error={undo.error} what="undo" />
    </div>
  )
}

import { useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { Me } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'

/**
 * Delete the account (server mode) or all data (local mode). No undo here, so the
 * button waits until the person types their email, or "delete" in local mode.
 */
export function DeleteAccountSection({ me, onDeleted }: { me: Me; onDeleted: () => void }) {
  const server = me.mode === 'server'
  const phrase = server ? (me.person?.email ?? 'delete') : 'delete'
  const [typed, setTyped] = useState('')
  const remove = useAction(async () => {
    await api.account.remove()
    onDeleted()
  })
  const matches = typed.trim().toLowerCase() === phrase.toLowerCase()
  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{server ? 'Delete account' : 'Delete all my data'}</h2>
      <p>
        {server
          ? 'This deletes your account, everything in it and every coaching link, at once. It cannot be undone: download your data first to keep a copy.'
          : 'This deletes everything headway stores on this computer. It cannot be undone: download your data first to keep a copy.'}
      </p>
      <label htmlFor="delete-confirm">
        Type <strong>{phrase}</strong> to confirm
      </label>
      <input
        id="delete-confirm"
        type="text"
        autoComplete="off"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      <div className="actions">
        <button
          type="button"
          className="danger"
          disabled={!matches || remove.busy}
          onClick={() => remove.run()}
        >
          {server ? 'Delete my account' : 'Delete all my data'}
        </button>
        {remove.busy ? <Busy label="Deleting…" /> : null}
      </div>
      <ErrorNote error={remove.error} what="delete" />
    </section>
  )
}

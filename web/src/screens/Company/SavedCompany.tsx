import { useId, useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { DossierView } from '../../components/DossierView.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { StoredCompany } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { Interviews } from './Interviews.js'

interface Props {
  company: StoredCompany
  onChange: (c: StoredCompany) => void
}

/** A saved company: its interviews, its dossier and the person's notes. */
export function SavedCompany({ company, onChange }: Props) {
  const id = useId()
  const [notes, setNotes] = useState(company.notes ?? '')
  const save = useAction(async () => {
    const { id: _i, createdAt: _c, updatedAt: _u, ...input } = company
    onChange(await api.companies.update(company.id, { ...input, notes }))
  })
  return (
    <div>
      <h3>{company.name}</h3>
      {company.url ? (
        <p className="small">
          From <a href={company.url}>{company.url}</a>
        </p>
      ) : null}
      <Interviews company={company} />
      <DossierView dossier={company.dossier} />
      <label htmlFor={`${id}-notes`}>Your notes</label>
      <textarea
        id={`${id}-notes`}
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={save.busy}
          onClick={() => void save.run()}
        >
          Save notes
        </button>
        {save.busy ? <Busy label="Saving…" /> : null}
        {save.done ? (
          <span role="status" className="ok">
            Saved.
          </span>
        ) : null}
        <a className="button" href="#/align">
          Next: align
        </a>
      </div>
      <ErrorNote error={save.error} what="save your notes" />
    </div>
  )
}

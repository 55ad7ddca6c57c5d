import { useId, useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { StoredCompany } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import type { Extracted } from './NewCompany.js'
import { sameCompany } from './sameCompany.js'

interface Props {
  extracted: Extracted
  url: string
  job: string
  companies: readonly StoredCompany[]
  onSaved: (c: StoredCompany, isNew: boolean) => void
}

/**
 * Name the company, the role and the interview date, then save. A company
 * already saved (same name or site) keeps its one dossier: the role is added to
 * it, and the new job description fills the dossier's job if it had none, else
 * stays with the role.
 */
export function SaveCompany({ extracted, url, job, companies, onSaved }: Props) {
  const id = useId()
  const { dossier, sourceText } = extracted
  const [name, setName] = useState(dossier.name ?? dossier.job?.company ?? '')
  const [role, setRole] = useState(dossier.job?.title ?? '')
  const [interview, setInterview] = useState('')
  const [notes, setNotes] = useState('')
  const existing = sameCompany(companies, name, url || undefined)
  const save = useAction(async () => {
    if (!name.trim()) throw new Error('Give the company a name.')
    if (existing?.dossier.job && dossier.job && !role.trim())
      throw new Error('Name the role this job description is for: it is kept with that role.')
    let company: StoredCompany
    if (existing) {
      company = existing
      const fillJob = !existing.dossier.job && dossier.job
      if (fillJob || notes.trim()) {
        const { id: _i, createdAt: _c, updatedAt: _u, ...input } = existing
        company = await api.companies.update(existing.id, {
          ...input,
          ...(fillJob ? { dossier: { ...existing.dossier, job: dossier.job }, jobText: job } : {}),
          ...(notes.trim() ? { notes: [existing.notes, notes].filter(Boolean).join('\n\n') } : {}),
        })
      }
    } else {
      company = await api.companies.create({
        name: name.trim(),
        ...(url ? { url } : {}),
        dossier,
        sourceText,
        ...(job.trim() ? { jobText: job } : {}),
        ...(notes.trim() ? { notes } : {}),
      })
    }
    // The company's dossier already has another role's posting: this role keeps its own.
    const ownJob = existing?.dossier.job && dossier.job ? { job: dossier.job, jobText: job } : {}
    if (role.trim()) {
      await api.applications.create({
        companyId: company.id,
        role: role.trim(),
        status: interview ? 'interviewing' : 'researching',
        ...(interview ? { interviewDate: interview } : {}),
        ...ownJob,
      })
    }
    onSaved(company, !existing)
  })
  return (
    <>
      <div className="grid-2">
        <div>
          <label htmlFor={`${id}-name`}>Company name</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-role`}>
            Role you are applying for
            <span className="hint">Makes an application for the prep sheet.</span>
          </label>
          <input
            id={`${id}-role`}
            type="text"
            value={role}
            onChange={(e) => setRole(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-date`}>Interview date (optional)</label>
          <input
            id={`${id}-date`}
            type="date"
            value={interview}
            onChange={(e) => setInterview(e.target.value)}
          />
        </div>
      </div>
      <label htmlFor={`${id}-notes`}>Your notes</label>
      <textarea
        id={`${id}-notes`}
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      {existing ? (
        <p className="notice" data-testid="reuse-dossier">
          You already have a dossier for {existing.name}. Saving adds this role (with its own job
          description) to it; it does not make a second one.
        </p>
      ) : null}
      <div className="actions">
        <button type="button" disabled={save.busy} onClick={() => void save.run()}>
          {existing ? `Add the role to ${existing.name}` : 'Save company'}
        </button>
        {save.busy ? <Busy label="Saving…" /> : null}
      </div>
      <ErrorNote error={save.error} what="save the company" />
    </>
  )
}

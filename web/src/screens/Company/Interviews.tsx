import { useId, useState } from 'react'
import { api } from '../../api/client.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { Dossier, Job, StoredApplication, StoredCompany } from '../../core/index.js'
import { useAsync } from '../../hooks/useAsync.js'
import { type InterviewFields, InterviewForm } from './InterviewForm.js'

/** A job description read by the server's extractor (the same one the dossier uses). */
async function parseJob(jobText: string): Promise<Job | undefined> {
  const r = await api.post<{ dossier: Dossier }>('/api/company/extract', { job: jobText })
  return r.dossier.job ?? undefined
}

/** The application as the API takes it back, with the form's role, date and status. */
function withFields(a: StoredApplication, f: InterviewFields) {
  const { id: _i, createdAt: _c, updatedAt: _u, interviewDate: old, ...rest } = a
  const keep = old && old.slice(0, 10) === f.interviewDate ? old : f.interviewDate
  return { ...rest, role: f.role, status: f.status, ...(keep ? { interviewDate: keep } : {}) }
}

/** The interviews at one company: each can be edited; another role reuses this dossier. */
export function Interviews({ company }: { company: StoredCompany }) {
  const id = useId()
  const apps = useAsync(() => api.applications.list(), [company.id])
  const [editing, setEditing] = useState<string>()
  const all = apps.data ?? []
  const mine = all.filter((a) => a.companyId === company.id)
  return (
    <section aria-labelledby={`${id}-h`} data-testid="interviews">
      <h3 id={`${id}-h`}>Interviews at {company.name}</h3>
      <ErrorNote error={apps.error} what="load your interviews" />
      {mine.length ? null : (
        <p className="muted small">No role yet: add the one you applied for.</p>
      )}
      <ul>
        {mine.map((a) =>
          editing === a.id ? (
            <li key={a.id}>
              <InterviewForm
                initial={a}
                submitLabel="Save interview"
                onSubmit={async (f) => {
                  const saved = await api.applications.update(a.id, withFields(a, f))
                  apps.set(all.map((x) => (x.id === saved.id ? saved : x)))
                  setEditing(undefined)
                }}
                onCancel={() => setEditing(undefined)}
              />
            </li>
          ) : (
            <li key={a.id}>
              {a.role}
              {a.interviewDate ? `, interview ${a.interviewDate.slice(0, 10)}` : ''} ({a.status}){' '}
              <button
                type="button"
                className="link"
                aria-label={`Edit the interview for ${a.role}`}
                onClick={() => setEditing(a.id)}
              >
                Edit
              </button>
            </li>
          ),
        )}
      </ul>
      <h4>Another role at {company.name}</h4>
      <p className="small muted">It uses this dossier; no need to research the company again.</p>
      <InterviewForm
        submitLabel="Add this role"
        withJob
        onSubmit={async (f) => {
          const job = f.jobText.trim() ? await parseJob(f.jobText) : undefined
          const saved = await api.applications.create({
            companyId: company.id,
            role: f.role,
            status: f.status,
            ...(f.interviewDate ? { interviewDate: f.interviewDate } : {}),
            ...(f.jobText.trim() ? { jobText: f.jobText, ...(job ? { job } : {}) } : {}),
          })
          apps.set([saved, ...all])
        }}
      />
    </section>
  )
}

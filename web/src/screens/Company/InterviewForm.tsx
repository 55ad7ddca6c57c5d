import { useId, useState } from 'react'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type StoredApplication,
} from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'

export interface InterviewFields {
  role: string
  interviewDate: string
  status: ApplicationStatus
  /** The role's job description, as pasted ('' for none); asked only for a new role. */
  jobText: string
}

interface Props {
  initial?: StoredApplication
  submitLabel: string
  onSubmit: (fields: InterviewFields) => Promise<unknown>
  onCancel?: () => void
  /** Ask for the role's job description too (a new role at a saved company). */
  withJob?: boolean
}

/** An interview's role, date and status: to add a role at a company, or to edit one. */
export function InterviewForm({ initial, submitLabel, onSubmit, onCancel, withJob }: Props) {
  const id = useId()
  const [role, setRole] = useState(initial?.role ?? '')
  // A stored date-time shows as its day; it is kept as stored unless the day changes.
  const [date, setDate] = useState(initial?.interviewDate?.slice(0, 10) ?? '')
  const [status, setStatus] = useState<ApplicationStatus>(initial?.status ?? 'researching')
  const [jobText, setJobText] = useState('')
  const save = useAction(async () => {
    if (!role.trim()) throw new Error('Name the role.')
    await onSubmit({ role: role.trim(), interviewDate: date, status, jobText })
    if (!initial) {
      setRole('')
      setDate('')
      setJobText('')
    }
  })
  return (
    <form
      className="row"
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault()
        void save.run()
      }}
    >
      <div>
        <label htmlFor={`${id}-role`}>Role</label>
        <input
          id={`${id}-role`}
          type="text"
          value={role}
          onChange={(e) => setRole(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-date`}>Interview on</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as ApplicationStatus)}
        >
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {withJob ? (
        <div>
          <label htmlFor={`${id}-job`}>
            Its job description (optional)
            <span className="hint">Kept with this role; the company's dossier stays one.</span>
          </label>
          <textarea
            id={`${id}-job`}
            rows={3}
            value={jobText}
            onChange={(e) => setJobText(e.target.value)}
          />
        </div>
      ) : null}
      <button type="submit" className="secondary" disabled={save.busy}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      {save.busy ? <Busy label="Saving…" /> : null}
      <ErrorNote error={save.error} what="save the interview" />
    </form>
  )
}

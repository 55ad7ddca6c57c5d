import { useId } from 'react'
import type { StoredApplication, StoredCompany } from '../core/index.js'

interface Props {
  companies: readonly StoredCompany[]
  applications: readonly StoredApplication[]
  value: string | undefined
  onChange: (applicationId: string | undefined) => void
  label?: string
}

/** Pick the interview (application, with its company) a step is about. */
export function TargetPicker({ companies, applications, value, onChange, label }: Props) {
  const id = useId()
  const name = (a: StoredApplication) =>
    `${a.role}${a.companyId ? ` at ${companies.find((c) => c.id === a.companyId)?.name ?? '?'}` : ''}`
  if (applications.length === 0) {
    return (
      <p className="notice">
        No interview yet: <a href="#/company">add a company and the role</a> first, so headway can
        tie your answer to them.
      </p>
    )
  }
  return (
    <div>
      <label htmlFor={id}>{label ?? 'Interview'}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        {applications.map((a) => (
          <option key={a.id} value={a.id}>
            {name(a)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The application and its company for an id, defaulting to the newest. */
export function pickTarget(
  companies: readonly StoredCompany[],
  applications: readonly StoredApplication[],
  id: string | undefined,
) {
  const application = applications.find((a) => a.id === id) ?? applications[0]
  const company =
    companies.find((c) => c.id === application?.companyId) ??
    (application ? undefined : companies[0])
  return { application, company }
}

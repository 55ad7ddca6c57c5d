import { useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { useAsync } from '../../hooks/useAsync.js'
import { useSelection } from '../../hooks/useSelection.js'
import { NewCompany } from './NewCompany.js'
import { SavedCompany } from './SavedCompany.js'

/** Step 3: the company's pages and the job description become a dossier with sources. */
export function CompanyScreen() {
  const companies = useAsync(() => api.companies.list())
  const [selected, select] = useSelection('company')
  const list = companies.data ?? []
  // A role added from the form above shows at once in the saved company's interviews.
  const [saves, setSaves] = useState(0)
  const current = list.find((c) => c.id === selected) ?? list[0]
  return (
    <>
      <h1 tabIndex={-1}>3. Company</h1>
      <p className="muted">
        Give headway the company's own pages (About, Mission, Careers) and the job description. It
        builds a dossier and shows the sentence behind every finding.
      </p>
      <NewCompany
        companies={list}
        onSaved={(c, isNew) => {
          companies.set(isNew ? [c, ...list] : list.map((x) => (x.id === c.id ? c : x)))
          select(c.id)
          setSaves((n) => n + 1)
        }}
      />
      {companies.loading ? <Busy label="Loading companies…" /> : null}
      <ErrorNote error={companies.error} what="load your companies" />
      {list.length ? (
        <section className="card" aria-labelledby="saved-h">
          <h2 id="saved-h">Your companies</h2>
          <label htmlFor="company-pick">Company</label>
          <select
            id="company-pick"
            value={current?.id ?? ''}
            onChange={(e) => select(e.target.value)}
          >
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {current ? (
            <SavedCompany
              key={`${current.id}-${saves}`}
              company={current}
              onChange={(c) => companies.set(list.map((x) => (x.id === c.id ? c : x)))}
            />
          ) : null}
        </section>
      ) : null}
    </>
  )
}

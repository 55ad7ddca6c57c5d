import { useId, useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { DossierView } from '../../components/DossierView.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { Dossier, StoredCompany } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { SaveCompany } from './SaveCompany.js'
import { BLANK_SOURCE, extractBody, SourceFields } from './SourceFields.js'

export interface Extracted {
  dossier: Dossier
  sourceText: string
}

interface Props {
  companies: readonly StoredCompany[]
  onSaved: (c: StoredCompany, isNew: boolean) => void
}

/** Add a company: its pages and the job description become a dossier, then it is saved. */
export function NewCompany({ companies, onSaved }: Props) {
  const id = useId()
  const [source, setSource] = useState(BLANK_SOURCE)
  const [job, setJob] = useState('')
  const [result, setResult] = useState<Extracted>()
  const [fileError, setFileError] = useState<Error>()
  const extract = useAction(async () => {
    setFileError(undefined)
    const body = extractBody(source, job)
    if (body instanceof Error) throw body
    setResult(await api.post<Extracted>('/api/company/extract', body))
  })
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add a company</h2>
      <SourceFields value={source} onChange={setSource} onError={setFileError} />
      <label htmlFor={`${id}-job`}>
        Job description (optional)
        <span className="hint">Paste the posting: it gives the role's duties and skills.</span>
      </label>
      <textarea id={`${id}-job`} rows={5} value={job} onChange={(e) => setJob(e.target.value)} />
      <div className="actions">
        <button type="button" disabled={extract.busy} onClick={() => void extract.run()}>
          Build the dossier
        </button>
        {extract.busy ? (
          <Busy
            label={
              source.kind === 'url' ? 'Fetching the page and reading it…' : 'Reading the page…'
            }
          />
        ) : null}
      </div>
      <ErrorNote error={extract.error ?? fileError} what="build the dossier" />
      {result ? (
        <section aria-labelledby={`${id}-d`}>
          <h2 id={`${id}-d`}>Dossier</h2>
          <DossierView dossier={result.dossier} />
          <SaveCompany
            key={result.sourceText}
            extracted={result}
            url={source.kind === 'url' ? source.url.trim() : ''}
            job={job}
            companies={companies}
            onSaved={(c, isNew) => {
              onSaved(c, isNew)
              setResult(undefined)
              setSource(BLANK_SOURCE)
              setJob('')
            }}
          />
        </section>
      ) : null}
    </section>
  )
}

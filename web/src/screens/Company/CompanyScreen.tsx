import { useId, useState } from 'react'
import type { Dossier } from '../../../../src/core/contracts/dossier.js'
import type { StoredCompany } from '../../../../src/core/contracts/entities.js'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { DossierView } from '../../components/DossierView.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { useAsync } from '../../hooks/useAsync.js'
import { useSelection } from '../../hooks/useSelection.js'

type SourceKind = 'url' | 'html' | 'text'
const MAX_HTML = 9_000_000

/** Step 3: the company's pages and the job description become a dossier with sources. */
export function CompanyScreen() {
  const companies = useAsync(() => api.companies.list())
  const [selected, select] = useSelection('company')
  const current = companies.data?.find((c) => c.id === selected) ?? companies.data?.[0]
  return (
    <>
      <h1 tabIndex={-1}>3. Company</h1>
      <p className="muted">
        Give headway the company's own pages (About, Mission, Careers) and the job description. It
        builds a dossier and shows the sentence behind every finding.
      </p>
      <NewCompany
        onSaved={(c) => {
          companies.set([c, ...(companies.data ?? [])])
          select(c.id)
        }}
      />
      {companies.loading ? <Busy label="Loading companies…" /> : null}
      <ErrorNote error={companies.error} what="load your companies" />
      {companies.data?.length ? (
        <section className="card" aria-labelledby="saved-h">
          <h2 id="saved-h">Your companies</h2>
          <label htmlFor="company-pick">Company</label>
          <select
            id="company-pick"
            value={current?.id ?? ''}
            onChange={(e) => select(e.target.value)}
          >
            {companies.data.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {current ? (
            <SavedCompany
              key={current.id}
              company={current}
              onChange={(c) =>
                companies.set((companies.data ?? []).map((x) => (x.id === c.id ? c : x)))
              }
            />
          ) : null}
        </section>
      ) : null}
    </>
  )
}

function NewCompany({ onSaved }: { onSaved: (c: StoredCompany) => void }) {
  const id = useId()
  const [kind, setKind] = useState<SourceKind>('url')
  const [url, setUrl] = useState('')
  const [follow, setFollow] = useState(true)
  const [html, setHtml] = useState<{ name: string; text: string }>()
  const [text, setText] = useState('')
  const [job, setJob] = useState('')
  const [result, setResult] = useState<{ dossier: Dossier; sourceText: string }>()
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const [interview, setInterview] = useState('')
  const [notes, setNotes] = useState('')
  const [busy, setBusy] = useState<string>()
  const [error, setError] = useState<Error>()
  const [what, setWhat] = useState('')

  const extract = async () => {
    setError(undefined)
    setWhat('build the dossier')
    const body: Record<string, string | boolean> = {}
    if (kind === 'url') {
      if (!/^https?:\/\/\S+$/.test(url.trim())) {
        setError(new Error('Enter a full web address starting with https://'))
        return
      }
      body.url = url.trim()
      if (follow) body.follow = true
    } else if (kind === 'html') {
      if (!html) {
        setError(new Error('Choose a saved page (.html) first.'))
        return
      }
      body.html = html.text
    } else {
      if (!text.trim()) {
        setError(new Error("Paste the text of the company's pages first."))
        return
      }
      body.text = text
    }
    if (job.trim()) body.job = job
    setBusy(kind === 'url' ? 'Fetching the page and reading it…' : 'Reading the page…')
    try {
      const r = await api.post<{ dossier: Dossier; sourceText: string }>(
        '/api/company/extract',
        body,
      )
      setResult(r)
      setName(r.dossier.name ?? r.dossier.job?.company ?? '')
      setRole(r.dossier.job?.title ?? '')
    } catch (err) {
      setError(err as Error)
    } finally {
      setBusy(undefined)
    }
  }

  const save = async () => {
    if (!result) return
    setError(undefined)
    setWhat('save the company')
    if (!name.trim()) {
      setError(new Error('Give the company a name.'))
      return
    }
    setBusy('Saving…')
    try {
      const c = await api.companies.create({
        name: name.trim(),
        ...(kind === 'url' && url.trim() ? { url: url.trim() } : {}),
        dossier: result.dossier,
        sourceText: result.sourceText,
        ...(job.trim() ? { jobText: job } : {}),
        ...(notes.trim() ? { notes } : {}),
      })
      if (role.trim()) {
        await api.applications.create({
          companyId: c.id,
          role: role.trim(),
          status: interview ? 'interviewing' : 'researching',
          ...(interview ? { interviewDate: interview } : {}),
        })
      }
      onSaved(c)
      setResult(undefined)
      setUrl('')
      setText('')
      setJob('')
      setNotes('')
      setHtml(undefined)
    } catch (err) {
      setError(err as Error)
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add a company</h2>
      <fieldset>
        <legend>Where is the company's page?</legend>
        {(
          [
            ['url', 'A web address'],
            ['html', 'A saved page (.html file)'],
            ['text', 'Pasted text'],
          ] as const
        ).map(([k, label]) => (
          <label key={k} className="check">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {kind === 'url' ? (
        <>
          <label htmlFor={`${id}-url`}>
            Page address
            <span className="hint">
              headway fetches this page
              {follow
                ? ' and up to 5 of its own about, values and careers pages'
                : ', nothing else'}
              .
            </span>
          </label>
          <input
            id={`${id}-url`}
            type="url"
            placeholder="https://example.com/about"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <label className="inline">
            <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />{' '}
            Also read the site's about, values and careers pages
          </label>
        </>
      ) : null}
      {kind === 'html' ? (
        <>
          <label htmlFor={`${id}-file`}>
            Saved page
            <span className="hint">In your browser: File › Save page as… (HTML only).</span>
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".html,.htm,text/html"
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (!file) return
              if (file.size > MAX_HTML) {
                setError(new Error('That file is over 9 MB. Save the page as “HTML only”.'))
                return
              }
              file.text().then(
                (t) => setHtml({ name: file.name, text: t }),
                (err: unknown) => setError(err as Error),
              )
            }}
          />
          {html ? <p className="small muted">Loaded {html.name}.</p> : null}
        </>
      ) : null}
      {kind === 'text' ? (
        <>
          <label htmlFor={`${id}-text`}>Text of the company's pages</label>
          <textarea
            id={`${id}-text`}
            rows={6}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </>
      ) : null}
      <label htmlFor={`${id}-job`}>
        Job description (optional)
        <span className="hint">Paste the posting: it gives the role's duties and skills.</span>
      </label>
      <textarea id={`${id}-job`} rows={5} value={job} onChange={(e) => setJob(e.target.value)} />
      <div className="actions">
        <button type="button" disabled={busy !== undefined} onClick={() => void extract()}>
          Build the dossier
        </button>
        {busy ? <Busy label={busy} /> : null}
      </div>
      <ErrorNote error={error} what={what} />
      {result ? (
        <section aria-labelledby={`${id}-d`}>
          <h2 id={`${id}-d`}>Dossier</h2>
          <DossierView dossier={result.dossier} />
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
          <div className="actions">
            <button type="button" disabled={busy !== undefined} onClick={() => void save()}>
              Save company
            </button>
          </div>
        </section>
      ) : null}
    </section>
  )
}

function SavedCompany({
  company,
  onChange,
}: {
  company: StoredCompany
  onChange: (c: StoredCompany) => void
}) {
  const id = useId()
  const [notes, setNotes] = useState(company.notes ?? '')
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  const [error, setError] = useState<Error>()
  const apps = useAsync(() => api.applications.list(), [company.id])
  const mine = apps.data?.filter((a) => a.companyId === company.id) ?? []
  return (
    <div>
      <h3>{company.name}</h3>
      {company.url ? (
        <p className="small">
          From <a href={company.url}>{company.url}</a>
        </p>
      ) : null}
      {mine.length ? (
        <p>
          Applying for:{' '}
          {mine
            .map(
              (a) =>
                `${a.role}${a.interviewDate ? ` (interview ${a.interviewDate.slice(0, 10)})` : ''}`,
            )
            .join('; ')}
        </p>
      ) : null}
      <DossierView dossier={company.dossier} />
      <label htmlFor={`${id}-notes`}>Your notes</label>
      <textarea
        id={`${id}-notes`}
        rows={3}
        value={notes}
        onChange={(e) => {
          setNotes(e.target.value)
          setSaved(false)
        }}
      />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true)
            setError(undefined)
            try {
              const { id: _i, createdAt: _c, updatedAt: _u, ...input } = company
              onChange(await api.companies.update(company.id, { ...input, notes }))
              setSaved(true)
            } catch (err) {
              setError(err as Error)
            } finally {
              setBusy(false)
            }
          }}
        >
          Save notes
        </button>
        {busy ? <Busy label="Saving…" /> : null}
        {saved ? (
          <span role="status" className="ok">
            Saved.
          </span>
        ) : null}
        <a className="button" href="#/align">
          Next: align
        </a>
      </div>
      <ErrorNote error={error} what="save your notes" />
    </div>
  )
}

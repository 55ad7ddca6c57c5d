import { useId, useState } from 'react'
import type { StoredAnswer, StoredAnswerVersion } from '../../../../src/core/contracts/entities.js'
import { QUESTION_KINDS, type QuestionKind } from '../../../../src/core/contracts/report.js'
import { api } from '../../api/client.js'
import { critiqueContext } from '../../api/context.js'
import { Busy } from '../../components/Busy.js'
import { CritiqueEditor } from '../../components/CritiqueEditor.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { QUESTION_LABELS } from '../../components/labels.js'
import { pickTarget, TargetPicker } from '../../components/TargetPicker.js'
import { useAsync } from '../../hooks/useAsync.js'
import { type PathData, usePathData } from '../../hooks/usePathData.js'
import { useSelection } from '../../hooks/useSelection.js'
import { type Draft, requestDrafts } from './drafts.js'

/** Step 5: drafts in three lengths and the editor with the live critique. */
export function AnswerScreen() {
  const data = usePathData()
  return (
    <>
      <h1 tabIndex={-1}>5. Answer</h1>
      <p className="muted">
        Start from a draft or write your own. The critique updates as you type, right here in your
        browser.
      </p>
      {data.loading ? <Busy label="Loading…" /> : null}
      <ErrorNote error={data.error} what="load your profile and companies" />
      {data.data ? <AnswerWorkspace data={data.data} /> : null}
    </>
  )
}

function AnswerWorkspace({ data }: { data: PathData }) {
  const id = useId()
  const [appId, setAppId] = useSelection('application')
  const { application, company } = pickTarget(data.companies, data.applications, appId)
  const [question, setQuestion] = useState<QuestionKind>(
    data.profile.careerChange ? 'career-change' : 'career-goals',
  )
  const [text, setText] = useState('')
  const context = critiqueContext(question, company, data.profile, application?.role)
  const answers = useAsync(() => api.answers.list())
  const answer = answers.data?.find(
    (a) => a.question === question && (a.applicationId ?? undefined) === application?.id,
  )
  return (
    <>
      <section className="card" aria-label="What you are answering">
        <div className="grid-2">
          <TargetPicker
            companies={data.companies}
            applications={data.applications}
            value={application?.id}
            onChange={setAppId}
          />
          <div>
            <label htmlFor={`${id}-q`}>Question</label>
            <select
              id={`${id}-q`}
              value={question}
              onChange={(e) => setQuestion(e.target.value as QuestionKind)}
            >
              {QUESTION_KINDS.map((q) => (
                <option key={q} value={q}>
                  {QUESTION_LABELS[q]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>
      <Drafts
        data={data}
        question={question}
        applicationId={application?.id}
        onUse={(t) => setText(t)}
      />
      <section className="card" aria-labelledby={`${id}-ed`}>
        <h2 id={`${id}-ed`}>Your answer</h2>
        <CritiqueEditor
          label={QUESTION_LABELS[question]}
          hint="Aim for 100 to 280 words: about one to two minutes spoken."
          value={text}
          onChange={setText}
          context={context}
        />
        <Versions
          key={answer?.id ?? 'none'}
          answer={answer}
          title={`${QUESTION_LABELS[question]}${application ? ` (${application.role})` : ''}`}
          question={question}
          applicationId={application?.id}
          text={text}
          context={context}
          onCreated={(a) => answers.set([a, ...(answers.data ?? [])])}
          onLoad={setText}
        />
      </section>
    </>
  )
}

function Drafts({
  data,
  question,
  applicationId,
  onUse,
}: {
  data: PathData
  question: QuestionKind
  applicationId: string | undefined
  onUse: (text: string) => void
}) {
  const [drafts, setDrafts] = useState<Draft[]>()
  const [placeholders, setPlaceholders] = useState<string[]>([])
  const [notes, setNotes] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error>()
  return (
    <section className="card" aria-labelledby="drafts-h">
      <h2 id="drafts-h">Drafts</h2>
      <p className="small muted">
        Built only from what you told headway and what the company's pages say. Anything missing is
        marked [like this] for you to fill in.
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true)
            setError(undefined)
            try {
              const r = await requestDrafts(data, question, applicationId)
              setDrafts(r.drafts)
              setPlaceholders(r.placeholders)
              setNotes(r.notes)
            } catch (err) {
              setError(err as Error)
            } finally {
              setBusy(false)
            }
          }}
        >
          {drafts ? 'Draft again' : 'Draft my answer'}
        </button>
        {busy ? <Busy label="Drafting three lengths…" /> : null}
      </div>
      <ErrorNote error={error} what="draft the answer" />
      {placeholders.length ? (
        <div className="notice">
          <p>To fill in before you use a draft:</p>
          <ul>
            {placeholders.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notes.map((n) => (
        <p key={n} className="notice small">
          {n}
        </p>
      ))}
      {drafts ? (
        <div className="grid-2">
          {drafts.map((d) => (
            <article key={d.length} className="card" aria-labelledby={`draft-${d.length}`}>
              <h3 id={`draft-${d.length}`}>
                About {d.length} seconds
                <span className="muted small">
                  {' '}
                  · {d.seconds} s · score {d.report.score} ({d.report.verdict.replace('-', ' ')})
                </span>
              </h3>
              <p>{d.text}</p>
              <button type="button" className="secondary" onClick={() => onUse(d.text)}>
                Use the {d.length}-second draft
              </button>
            </article>
          ))}
        </div>
      ) : null}
    </section>
  )
}

function Versions({
  answer,
  title,
  question,
  applicationId,
  text,
  context,
  onCreated,
  onLoad,
}: {
  answer: StoredAnswer | undefined
  title: string
  question: QuestionKind
  applicationId: string | undefined
  text: string
  context: ReturnType<typeof critiqueContext>
  onCreated: (a: StoredAnswer) => void
  onLoad: (text: string) => void
}) {
  const versions = useAsync<StoredAnswerVersion[]>(
    async () => (answer ? api.answers.versions(answer.id) : []),
    [answer?.id],
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error>()
  const [saved, setSaved] = useState(false)
  const list = versions.data ?? []
  return (
    <>
      <div className="actions">
        <button
          type="button"
          disabled={busy || !text.trim()}
          onClick={async () => {
            setBusy(true)
            setError(undefined)
            try {
              let a = answer
              if (!a) {
                a = await api.answers.create({
                  question,
                  title: title.slice(0, 200),
                  ...(applicationId ? { applicationId } : {}),
                })
                onCreated(a)
              }
              const v = await api.answers.saveVersion(a.id, { text, context })
              versions.set([...list, v])
              setSaved(true)
            } catch (err) {
              setError(err as Error)
            } finally {
              setBusy(false)
            }
          }}
        >
          Save this version
        </button>
        {busy ? <Busy label="Saving and scoring…" /> : null}
        {saved && !busy ? (
          <span role="status" className="ok">
            Saved. Next: <a href="#/practice">practise it aloud</a>.
          </span>
        ) : null}
      </div>
      <ErrorNote error={error} what="save the version" />
      <h3>Saved versions</h3>
      {versions.loading ? <Busy label="Loading versions…" /> : null}
      <ErrorNote error={versions.error} what="load the saved versions" />
      {list.length === 0 && !versions.loading ? (
        <p className="muted small">None yet. Save a version to compare scores side by side.</p>
      ) : null}
      <ol className="versions" data-testid="versions">
        {list.map((v, i) => (
          <li key={v.id} className="card">
            <p>
              <strong>Version {i + 1}</strong>{' '}
              <span className={`verdict verdict-${v.report.verdict}`}>
                {v.report.score} · {v.report.verdict.replace('-', ' ')}
              </span>
            </p>
            <p className="small muted">{new Date(v.createdAt).toLocaleString()}</p>
            <p className="small">
              {v.text.slice(0, 160)}
              {v.text.length > 160 ? '…' : ''}
            </p>
            <button type="button" className="link" onClick={() => onLoad(v.text)}>
              Load version {i + 1} into the editor
            </button>
          </li>
        ))}
      </ol>
    </>
  )
}

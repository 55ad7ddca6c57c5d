import { api } from '../../api/client.js'
import type { critiqueContext } from '../../api/context.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { QuestionKind, StoredAnswer, StoredAnswerVersion } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { useAsync } from '../../hooks/useAsync.js'

/** Save the editor's text as a version of this answer, and the saved versions side by side. */
export function Versions({
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
  const list = versions.data ?? []
  const save = useAction(async () => {
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
  })
  return (
    <>
      <div className="actions">
        <button type="button" disabled={save.busy || !text.trim()} onClick={() => void save.run()}>
          Save this version
        </button>
        {save.busy ? <Busy label="Saving and scoring…" /> : null}
        {save.done && !save.busy ? (
          <span role="status" className="ok">
            Saved. Next: <a href="#/practice">practise it aloud</a>.
          </span>
        ) : null}
      </div>
      <ErrorNote error={save.error} what="save the version" />
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

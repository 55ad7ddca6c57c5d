import { useState } from 'react'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { QuestionKind } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import type { PathData } from '../../hooks/usePathData.js'
import { type Draft, requestDrafts } from './drafts.js'

const HONEST_LINK = 'see the honest version'
/** The goal a draft note left out: `Left out "…": …`. */
const LEFT_OUT = /^Left out "(.+?)":/

/** A note from the drafts; "see the honest version" opens the honest panel with the goal it left out. */
function Note({ note, onHonest }: { note: string; onHonest: (text: string) => void }) {
  const at = note.indexOf(HONEST_LINK)
  if (at < 0) return <p className="notice small">{note}</p>
  const goal = LEFT_OUT.exec(note)?.[1] ?? ''
  return (
    <p className="notice small">
      {note.slice(0, at)}
      <button type="button" className="link" onClick={() => onHonest(goal)}>
        {HONEST_LINK}
      </button>
      {note.slice(at + HONEST_LINK.length)}
    </p>
  )
}

/** Drafts in three lengths, built in the browser from the profile, goals and dossier. */
export function Drafts({
  data,
  question,
  applicationId,
  onUse,
  onHonest,
}: {
  data: PathData
  question: QuestionKind
  applicationId: string | undefined
  onUse: (text: string) => void
  onHonest: (text: string) => void
}) {
  const [drafts, setDrafts] = useState<Draft[]>()
  const [placeholders, setPlaceholders] = useState<string[]>([])
  const [notes, setNotes] = useState<string[]>([])
  const draft = useAction(async () => {
    const r = await requestDrafts(data, question, applicationId)
    setDrafts(r.drafts)
    setPlaceholders(r.placeholders)
    setNotes(r.notes)
  })
  return (
    <section className="card" aria-labelledby="drafts-h">
      <h2 id="drafts-h">Drafts</h2>
      <p className="small muted">
        Built only from what you told headway and what the company's pages say. Anything missing is
        marked [like this] for you to fill in.
      </p>
      <div className="actions">
        <button type="button" disabled={draft.busy} onClick={() => void draft.run()}>
          {drafts ? 'Draft again' : 'Draft my answer'}
        </button>
        {draft.busy ? <Busy label="Drafting three lengths…" /> : null}
      </div>
      <ErrorNote error={draft.error} what="draft the answer" />
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
        <Note key={n} note={n} onHonest={onHonest} />
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

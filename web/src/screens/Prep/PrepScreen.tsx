import { useId, useState } from 'react'
import { buildPrepSheet } from '../../../../src/core/compose/prep-sheet.js'
import {
  prepSheetContentSchema,
  type StoredAnswerVersion,
  type StoredStarStory,
} from '../../../../src/core/contracts/entities.js'
import type { FlagId } from '../../../../src/core/contracts/report.js'
import { prepSheetToMarkdown } from '../../../../src/io/export-md.js'
import { getAlignment } from '../../api/alignment.js'
import { api, type ListedPrepSheet } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { download } from '../../components/download.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { pickTarget, TargetPicker } from '../../components/TargetPicker.js'
import { useAsync } from '../../hooks/useAsync.js'
import { type PathData, usePathData } from '../../hooks/usePathData.js'
import { useSelection } from '../../hooks/useSelection.js'

/** Step 7: one printable page per interview, exported as Markdown and PDF. */
export function PrepScreen() {
  const data = usePathData()
  return (
    <>
      <h1 tabIndex={-1} className="no-print">
        7. Prep sheet
      </h1>
      <p className="muted no-print">
        One page for the interview: your answer, talking points, stories, questions, and what to
        avoid. Print it, or save it as PDF or Markdown.
      </p>
      {data.loading ? <Busy label="Loading…" /> : null}
      <ErrorNote error={data.error} what="load your interviews" />
      {data.data ? <Prep data={data.data} /> : null}
    </>
  )
}

function Prep({ data }: { data: PathData }) {
  const [appId, setAppId] = useSelection('application')
  const { application, company } = pickTarget(data.companies, data.applications, appId)
  const sheets = useAsync(() => api.prepSheets.list())
  const stories = useAsync(() => api.stories.list())
  const stored = sheets.data?.find((s) => s.applicationId === application?.id)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error>()
  const build = async () => {
    if (!application) return
    setBusy(true)
    setError(undefined)
    try {
      const [answers, goals] = await Promise.all([api.answers.list(), api.goals.list()])
      const mine = answers.filter((a) => a.applicationId === application.id)
      const pick = mine.find((a) => a.question === 'career-goals') ?? mine[0] ?? answers[0]
      let best: StoredAnswerVersion | undefined
      if (pick) best = (await api.answers.versions(pick.id)).at(-1)
      const al = company
        ? await getAlignment(data.profile, goals, company)
        : { talkingPoints: [], questions: [] }
      const flags = ((best?.report as { flags?: FlagId[] } | undefined)?.flags ?? []) as FlagId[]
      const sheet = buildPrepSheet({
        role: application.role,
        company: company?.name ?? '',
        interviewDate: application.interviewDate ?? undefined,
        answer: best ? { text: best.text, score: best.report.score, flags } : undefined,
        talkingPoints: al.talkingPoints,
        questions: al.questions,
        stories: stories.data ?? [],
      })
      const input = {
        applicationId: application.id,
        content: sheet,
      }
      const saved = stored
        ? await api.prepSheets.update(stored.id, input)
        : await api.prepSheets.create(input)
      sheets.set([saved, ...(sheets.data ?? []).filter((s) => s.id !== saved.id)])
    } catch (err) {
      setError(err as Error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <section className="card no-print" aria-label="Which interview">
        <TargetPicker
          companies={data.companies}
          applications={data.applications}
          value={application?.id}
          onChange={setAppId}
        />
        <div className="actions">
          <button type="button" disabled={busy || !application} onClick={() => void build()}>
            {stored ? 'Rebuild the prep sheet' : 'Build the prep sheet'}
          </button>
          {busy ? <Busy label="Gathering your answer, talking points and stories…" /> : null}
        </div>
        <ErrorNote error={error} what="build the prep sheet" />
        <ErrorNote error={sheets.error} what="load your prep sheets" />
      </section>
      {stored ? <SheetView sheet={stored} /> : null}
      <Stories stories={stories} />
    </>
  )
}

function SheetView({ sheet: stored }: { sheet: ListedPrepSheet }) {
  // Checked again here: a sheet stored by an older version, or imported, may not
  // have this shape, and one bad sheet must not blank the screen.
  const parsed = prepSheetContentSchema.safeParse(stored.content)
  if (!parsed.success) {
    return (
      <p className="error" role="alert" data-testid="prep-sheet-unreadable">
        This prep sheet was saved in a form this version cannot show. Rebuild it with the button
        above.
      </p>
    )
  }
  const s = parsed.data
  const md = () => prepSheetToMarkdown(s)
  const file = s.title
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase()
  return (
    <>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => download(`${file}.md`, md(), 'text/markdown')}
        >
          Export Markdown
        </button>
      </div>
      <p className="small muted no-print">
        To save a PDF, choose “Save as PDF” as the printer in the print dialog.
      </p>
      <article className="prep-sheet" aria-labelledby="sheet-title" data-testid="prep-sheet">
        <h2 id="sheet-title" className="sheet-title">
          {s.title}
        </h2>
        <p>
          {s.role} at {s.company}
          {s.interviewDate ? `, interview on ${s.interviewDate}` : ''}
        </p>
        <h2>My answer{s.score === undefined ? '' : ` (score ${s.score})`}</h2>
        <p>{s.answer || 'No saved answer yet: save a version on the Answer step.'}</p>
        <div className="grid-2">
          <section>
            <h2>Strong start</h2>
            <p>{s.strongStart || 'Open with your long-term aim, in one sentence.'}</p>
          </section>
          <section>
            <h2>Strong finish</h2>
            <p>{s.strongFinish || 'Close with how you will contribute here.'}</p>
          </section>
        </div>
        <h2>Talking points</h2>
        <List items={s.talkingPoints} empty="None yet: see the Align step." />
        <h2>STAR stories</h2>
        {s.stories.length ? (
          s.stories.map((st) => (
            <div key={st.title}>
              <h3>{st.title}</h3>
              <p className="small">
                <strong>Situation:</strong> {st.situation} <strong>Task:</strong> {st.task}{' '}
                <strong>Action:</strong> {st.action} <strong>Result:</strong> {st.result}
              </p>
            </div>
          ))
        ) : (
          <p className="muted">None yet: add one below, then rebuild.</p>
        )}
        <h2>Questions to ask</h2>
        <List items={s.questions} empty="None yet." />
        <h2>What to avoid</h2>
        <List items={s.avoid} empty="Nothing flagged." />
      </article>
    </>
  )
}

function List({ items, empty }: { items: readonly string[]; empty: string }) {
  if (!items.length) return <p className="muted">{empty}</p>
  return (
    <ul>
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  )
}

function Stories({ stories }: { stories: ReturnType<typeof useAsync<StoredStarStory[]>> }) {
  const id = useId()
  const blank = { title: '', situation: '', task: '', action: '', result: '' }
  const [s, setS] = useState(blank)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error>()
  const fields = [
    ['title', 'Title', 'e.g. “Cut the monthly report from 3 days to 4 hours”'],
    ['situation', 'Situation', 'Where and when.'],
    ['task', 'Task', 'What you had to do.'],
    ['action', 'Action', 'What you did, in the first person.'],
    ['result', 'Result', 'What changed, with a number if you can.'],
  ] as const
  return (
    <form
      className="card no-print"
      aria-labelledby={`${id}-h`}
      onSubmit={async (e) => {
        e.preventDefault()
        if (!s.title.trim()) {
          setError(new Error('Give the story a title.'))
          return
        }
        setBusy(true)
        setError(undefined)
        try {
          const saved = await api.stories.create(s)
          stories.set([saved, ...(stories.data ?? [])])
          setS(blank)
        } catch (err) {
          setError(err as Error)
        } finally {
          setBusy(false)
        }
      }}
    >
      <h2 id={`${id}-h`}>STAR stories</h2>
      <p className="small muted">
        {stories.data?.length
          ? `You have ${stories.data.length}: ${stories.data.map((x) => x.title).join('; ')}.`
          : 'Short stories that prove what you claim. Add one or two.'}
      </p>
      {fields.map(([k, label, hint]) => (
        <div key={k}>
          <label htmlFor={`${id}-${k}`}>
            {label}
            <span className="hint">{hint}</span>
          </label>
          {k === 'title' ? (
            <input
              id={`${id}-${k}`}
              type="text"
              value={s[k]}
              onChange={(e) => setS({ ...s, [k]: e.target.value })}
            />
          ) : (
            <textarea
              id={`${id}-${k}`}
              rows={2}
              value={s[k]}
              onChange={(e) => setS({ ...s, [k]: e.target.value })}
            />
          )}
        </div>
      ))}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Add story
        </button>
        {busy ? <Busy label="Saving…" /> : null}
      </div>
      <ErrorNote error={error} what="save the story" />
    </form>
  )
}

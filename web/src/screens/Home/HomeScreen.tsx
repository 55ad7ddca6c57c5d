import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { AsyncState } from '../../hooks/useAsync.js'
import type { Progress } from '../../hooks/useProgress.js'
import { STEPS } from '../../hooks/useRoute.js'

const WHAT: Record<(typeof STEPS)[number]['id'], string> = {
  me: 'Take stock: your skills, values and where you want to be in five to ten years.',
  goals: 'Write your goals, short and long term, and check that each is SMART.',
  company: "Give headway the company's pages and the job description to build a dossier.",
  align: 'See where you and the company overlap, the gaps, and what to ask them.',
  answer: 'Draft your answer and improve it with the live critique.',
  practice: 'Say it aloud, timed, and see your pace, fillers and tone.',
  prep: 'Put it all on one page for the interview.',
}

/** Where the person is on the path, and the next thing to do. */
export function HomeScreen({ progress }: { progress: AsyncState<Progress> }) {
  const next = STEPS.find((s) => !progress.data?.[s.id])
  const done = STEPS.filter((s) => progress.data?.[s.id]).length
  return (
    <>
      <h1 tabIndex={-1}>Your path to a strong career-goals answer</h1>
      <p className="muted">
        Seven steps from knowing yourself to walking into the interview with one page in hand.
      </p>
      {progress.loading && !progress.data ? <Busy label="Checking your progress…" /> : null}
      <ErrorNote error={progress.error} what="check your progress" />
      {progress.data ? (
        <div className="card">
          <p>
            <strong>
              {done} of {STEPS.length} steps done.
            </strong>{' '}
            {next ? `Next: ${next.num}. ${next.label}.` : 'You are ready: review your prep sheet.'}
          </p>
          <a className="button" href={`#/${next?.id ?? 'prep'}`}>
            {next ? `Go to ${next.label}` : 'Open the prep sheet'}
          </a>
        </div>
      ) : null}
      <ol className="card">
        {STEPS.map((s) => (
          <li key={s.id}>
            <a href={`#/${s.id}`}>{s.label}</a>
            {progress.data?.[s.id] ? ' (done)' : ''}: {WHAT[s.id]}
          </li>
        ))}
      </ol>
      <section className="card" aria-labelledby="data-h">
        <h2 id="data-h">Your data</h2>
        <p className="small">
          Everything you enter is stored by this headway server and nowhere else. Take a copy any
          time, as one JSON file.
        </p>
        <a className="button secondary" href="/api/export" download="headway-export.json">
          Download all my data (JSON)
        </a>
      </section>
    </>
  )
}

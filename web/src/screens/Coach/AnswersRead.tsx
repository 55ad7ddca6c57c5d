import type { StudentExport } from '../../api/client.js'
import { QUESTION_LABELS } from '../../core/index.js'

type Answer = StudentExport['answers'][number]

/** The report's findings, when the stored report has them (reports are stored loosely). */
function findings(report: Record<string, unknown>): string[] {
  const list = Array.isArray(report.findings) ? report.findings : []
  return list
    .map((f) => (f && typeof f === 'object' ? (f as { message?: unknown }).message : undefined))
    .filter((m): m is string => typeof m === 'string')
    .slice(0, 8)
}

/** Each answer's latest version with its critique, and how many versions came before. */
export function AnswersRead({
  answers,
  interviewOf,
}: {
  answers: readonly Answer[]
  interviewOf: (applicationId: string | undefined) => string | undefined
}) {
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">Answers</h2>
      {answers.length === 0 ? <p className="muted">No answer yet.</p> : null}
      {answers.map((a) => {
        const latest = a.versions.at(-1)
        const notes = latest ? findings(latest.report) : []
        return (
          <article key={a.id} className="card" data-testid="coach-answer">
            <h3>{a.title}</h3>
            <p className="small muted">
              {QUESTION_LABELS[a.question]}
              {interviewOf(a.applicationId) ? ` · ${interviewOf(a.applicationId)}` : ''} ·{' '}
              {a.versions.length} version{a.versions.length === 1 ? '' : 's'}
            </p>
            {latest ? (
              <>
                <p>{latest.text}</p>
                <p>
                  <strong>
                    Score {latest.report.score} ({latest.report.verdict})
                  </strong>
                </p>
                {notes.length ? (
                  <ul className="small">
                    {notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : (
              <p className="muted">No saved version.</p>
            )}
          </article>
        )
      })}
    </section>
  )
}

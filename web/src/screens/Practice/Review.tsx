import { FLAG_LABELS, wordBudget } from '../../core/index.js'
import { Figures } from './Figures.js'
import { followUps } from './followUps.js'
import type { Reviewed } from './useRehearsal.js'

/** How the attempt went: figures, the critique, and follow-ups to answer next. */
export function Review({
  last,
  pace,
  onFollowUp,
}: {
  last: Reviewed
  pace: number
  onFollowUp: (question: string) => void
}) {
  const { d, report, transcript } = last
  const asks = followUps(transcript)
  return (
    <section className="card" aria-labelledby="review-h" data-testid="review">
      <h2 id="review-h" tabIndex={-1}>
        How it went
      </h2>
      <p className="small muted">
        {last.question.followUpOf ? 'Follow-up: ' : ''}
        {last.question.text}
        {last.saved ? '' : ' (saving…)'}
      </p>
      <Figures d={d} report={report} timing={last.timing} tone={last.tone} />
      {d.clusters.length ? (
        <p>
          Fillers bunch up at:{' '}
          {d.clusters.map((c) => `“${transcript.slice(c.span[0], c.span[1])}”`).join(', ')}. Pause
          instead.
        </p>
      ) : null}
      <p className="small muted">
        At your pace of {pace} words a minute, a 60-second answer is about {wordBudget(60, pace)}{' '}
        words; this one was {d.words}.
      </p>
      <h3>The critique</h3>
      <ul>
        {report.findings.slice(0, 8).map((f) => (
          <li key={`${f.rule}-${f.span[0]}`}>
            {f.flag ? <strong>{FLAG_LABELS[f.flag]}: </strong> : null}“
            {transcript.slice(f.span[0], f.span[1])}”: {f.message}
          </li>
        ))}
        {report.findings.length === 0 ? <li>Nothing flagged.</li> : null}
      </ul>
      <h3>Follow-up questions to be ready for</h3>
      {asks.length ? (
        <ul className="follow-ups">
          {asks.map((q) => (
            <li key={q}>
              {q}{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Answer this follow-up: ${q}`}
                onClick={() => onFollowUp(q)}
              >
                Answer this follow-up
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          Say something concrete (a role, a skill, a timeframe) and the interviewer will ask about
          it: headway will too.
        </p>
      )}
      <a className="button" href="#/prep">
        Next: the prep sheet
      </a>
    </section>
  )
}

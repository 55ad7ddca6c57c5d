import { useId, useState } from 'react'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { LineChart } from '../../components/LineChart.js'
import { TableWrap } from '../../components/TableWrap.js'
import type { StoredPractice } from '../../core/index.js'
import type { AsyncState } from '../../hooks/useAsync.js'
import { formatTime } from '../../hooks/useTimer.js'
import { attemptedQuestions, historyKey } from './questions.js'

/**
 * The attempts at one question, charted and listed: scores of different
 * questions do not make one line. The question practised now is shown first
 * when it has attempts; the person can pick any other.
 */
export function History({
  history,
  attempts,
  currentKey,
}: {
  history: AsyncState<StoredPractice[]>
  /** Oldest first. */
  attempts: readonly StoredPractice[]
  currentKey: string
}) {
  const id = useId()
  const [picked, setPicked] = useState<string>()
  const questions = attemptedQuestions(attempts)
  const has = (key: string | undefined) => questions.some((q) => q.key === key)
  const key = has(picked) ? picked : has(currentKey) ? currentKey : questions[0]?.key
  const text = questions.find((q) => q.key === key)?.text ?? ''
  const shown = attempts.filter((a) => historyKey(a) === key)
  return (
    <section className="card" aria-labelledby={`${id}-h`} data-testid="history">
      <h2 id={`${id}-h`}>History</h2>
      {history.loading ? <Busy label="Loading attempts…" /> : null}
      <ErrorNote error={history.error} what="load your attempts" />
      {questions.length ? (
        <>
          <label htmlFor={`${id}-q`}>Attempts at</label>
          <select id={`${id}-q`} value={key} onChange={(e) => setPicked(e.target.value)}>
            {questions.map((q) => (
              <option key={q.key} value={q.key}>
                {q.text} ({q.count})
              </option>
            ))}
          </select>
        </>
      ) : null}
      <LineChart
        title={`Critique score of each attempt at “${text}”`}
        points={shown.map((a) => ({ label: a.createdAt.slice(5, 10), value: a.report.score }))}
      />
      <Attempts attempts={shown} question={text} />
    </section>
  )
}

function Attempts({
  attempts,
  question,
}: {
  attempts: readonly StoredPractice[]
  question: string
}) {
  if (!attempts.length) return <p className="muted small">No attempts yet.</p>
  const label = `Your attempts at “${question}”`
  return (
    <TableWrap label={label}>
      <table>
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Score</th>
            <th scope="col">Words a minute</th>
            <th scope="col">Length</th>
          </tr>
        </thead>
        <tbody>
          {[...attempts].reverse().map((a) => (
            <tr key={a.id}>
              <td>{new Date(a.createdAt).toLocaleString()}</td>
              <td>{a.report.score}</td>
              <td>{String((a.metrics as { wpm?: unknown }).wpm ?? '–')}</td>
              <td>{formatTime(a.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

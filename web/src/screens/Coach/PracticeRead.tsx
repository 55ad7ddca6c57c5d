import type { StudentExport } from '../../api/client.js'
import { LineChart } from '../../components/LineChart.js'
import { TableWrap } from '../../components/TableWrap.js'

type Attempt = StudentExport['practice'][number]

const wpm = (a: Attempt) => (typeof a.metrics.wpm === 'number' ? Math.round(a.metrics.wpm) : '–')

/** Practice history, oldest first: score per attempt and the figures behind it. */
export function PracticeRead({ attempts }: { attempts: readonly Attempt[] }) {
  const ordered = [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return (
    <section aria-labelledby="practice-title">
      <h2 id="practice-title">Practice history</h2>
      {ordered.length === 0 ? (
        <p className="muted">No practice yet.</p>
      ) : (
        <>
          <LineChart
            title="Score per attempt"
            points={ordered.map((a) => ({
              label: a.createdAt.slice(5, 10),
              value: a.report.score,
            }))}
          />
          <TableWrap label="Practice attempts">
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Question</th>
                  <th scope="col">Seconds</th>
                  <th scope="col">Words per minute</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {ordered.map((a) => (
                  <tr key={a.id}>
                    <td>{a.createdAt.slice(0, 10)}</td>
                    <td>{a.question}</td>
                    <td>{Math.round(a.seconds)}</td>
                    <td>{wpm(a)}</td>
                    <td>
                      {a.report.score} ({a.report.verdict})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  )
}

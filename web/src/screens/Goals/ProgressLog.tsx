import { useState } from 'react'
import { LineChart } from '../../components/LineChart.js'
import { type ProgressEntry, progressOf, type StoredGoal } from '../../core/index.js'
import { ProgressForm } from './ProgressForm.js'

interface Props {
  goal: StoredGoal
  onChange: (progress: ProgressEntry[]) => Promise<unknown>
}

/** A goal's progress: the chart, each entry with edit and delete, and a form to log one. */
export function ProgressLog({ goal, onChange }: Props) {
  const [editing, setEditing] = useState<number>()
  const history = progressOf(goal).history
  const entries = goal.progress
  const short = `${goal.text.slice(0, 40)}${goal.text.length > 40 ? '…' : ''}`
  return (
    <>
      <h3>Progress</h3>
      <LineChart
        title={`Progress on “${short}” over time (%)`}
        points={history.map((p) => ({ label: p.date.slice(5), value: p.percent }))}
        unit="%"
      />
      {entries.length ? (
        <ul className="progress-entries">
          {entries.map((p, i) =>
            editing === i ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the index is their identity in the log
              <li key={i}>
                <ProgressForm
                  initial={p}
                  submitLabel={`Save the entry of ${p.date}`}
                  onSubmit={(next) => {
                    void onChange(entries.map((x, j) => (j === i ? next : x)))
                    setEditing(undefined)
                  }}
                  onCancel={() => setEditing(undefined)}
                />
              </li>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <li key={i}>
                {p.date}: {p.percent}%{p.note ? `, ${p.note}` : ''}{' '}
                <button
                  type="button"
                  className="link"
                  aria-label={`Edit the progress entry of ${p.date} (${p.percent}%)`}
                  onClick={() => setEditing(i)}
                >
                  Edit
                </button>{' '}
                <button
                  type="button"
                  className="link"
                  aria-label={`Delete the progress entry of ${p.date} (${p.percent}%)`}
                  onClick={() => void onChange(entries.filter((_, j) => j !== i))}
                >
                  Delete
                </button>
              </li>
            ),
          )}
        </ul>
      ) : null}
      <ProgressForm submitLabel="Log progress" onSubmit={(e) => void onChange([...entries, e])} />
    </>
  )
}

import { useId, useState } from 'react'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { ProgressEntry } from '../../core/index.js'
import { progressEntry, today } from './goalEdits.js'

interface Props {
  initial?: ProgressEntry
  submitLabel: string
  onSubmit: (entry: ProgressEntry) => void
  onCancel?: () => void
}

/** The date, percent done and note of one progress entry, new or edited. */
export function ProgressForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId()
  const [date, setDate] = useState(initial?.date ?? today())
  const [percent, setPercent] = useState(initial ? String(initial.percent) : '')
  const [note, setNote] = useState(initial?.note ?? '')
  const [error, setError] = useState<Error>()
  return (
    <form
      className="row"
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault()
        const entry = progressEntry(date, percent, note)
        if (entry instanceof Error) return setError(entry)
        setError(undefined)
        onSubmit(entry)
        if (!initial) {
          setPercent('')
          setNote('')
        }
      }}
    >
      <div>
        <label htmlFor={`${id}-pd`}>Date</label>
        <input
          id={`${id}-pd`}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-pp`}>Percent done</label>
        <input
          id={`${id}-pp`}
          type="number"
          min={0}
          max={100}
          required
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-pn`}>Note</label>
        <input id={`${id}-pn`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="secondary">
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      <ErrorNote error={error} what="log the progress" />
    </form>
  )
}

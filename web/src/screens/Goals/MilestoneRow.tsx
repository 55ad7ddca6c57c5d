import { useId, useState } from 'react'
import type { Milestone } from '../../core/index.js'

interface Props {
  milestone: Milestone
  onToggle: (done: boolean) => void
  onEdit: (text: string, due: string) => void
  onDelete: () => void
}

/** One milestone: its tick box, or, while editing, its text and due date. */
export function MilestoneRow({ milestone: m, onToggle, onEdit, onDelete }: Props) {
  const id = useId()
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(m.text)
  const [due, setDue] = useState(m.due ?? '')
  if (editing) {
    return (
      <li>
        <form
          className="row"
          aria-label={`Edit milestone “${m.text}”`}
          onSubmit={(e) => {
            e.preventDefault()
            if (!text.trim()) return
            onEdit(text, due)
            setEditing(false)
          }}
        >
          <div>
            <label htmlFor={`${id}-t`}>Milestone</label>
            <input
              id={`${id}-t`}
              type="text"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor={`${id}-d`}>Due date</label>
            <input
              id={`${id}-d`}
              type="date"
              value={due}
              onChange={(e) => setDue(e.target.value)}
            />
          </div>
          <button type="submit" className="secondary">
            Save milestone
          </button>
          <button type="button" className="link" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      </li>
    )
  }
  return (
    <li>
      <label className="check">
        <input type="checkbox" checked={m.done} onChange={(e) => onToggle(e.target.checked)} />
        {m.text}
        {m.due ? <span className="muted small"> (due {m.due})</span> : null}
      </label>{' '}
      <button
        type="button"
        className="link"
        aria-label={`Edit milestone “${m.text}”`}
        onClick={() => {
          setText(m.text)
          setDue(m.due ?? '')
          setEditing(true)
        }}
      >
        Edit
      </button>{' '}
      <button
        type="button"
        className="link"
        aria-label={`Delete milestone “${m.text}”`}
        onClick={onDelete}
      >
        Delete
      </button>
    </li>
  )
}

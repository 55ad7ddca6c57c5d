import { useId, useState } from 'react'
import type { Milestone } from '../../core/index.js'
import { editMilestone, newMilestoneId, toggleMilestone } from './goalEdits.js'
import { MilestoneRow } from './MilestoneRow.js'

interface Props {
  milestones: readonly Milestone[]
  onChange: (milestones: Milestone[]) => Promise<unknown>
}

/** A goal's milestones: tick, edit or delete each one; add one with a due date. */
export function Milestones({ milestones, onChange }: Props) {
  const id = useId()
  const [text, setText] = useState('')
  const [due, setDue] = useState('')
  const done = milestones.filter((m) => m.done).length
  const replace = (next: Milestone) =>
    onChange(milestones.map((x) => (x.id === next.id ? next : x)))
  return (
    <>
      <h3>Milestones</h3>
      <p className="small muted">
        {milestones.length
          ? `${done} of ${milestones.length} done.`
          : 'Break the goal into steps with dates.'}
      </p>
      <ul className="milestones">
        {milestones.map((m) => (
          <MilestoneRow
            key={m.id}
            milestone={m}
            onToggle={(checked) => replace(toggleMilestone(m, checked))}
            onEdit={(t, d) => replace(editMilestone(m, t, d))}
            onDelete={() => onChange(milestones.filter((x) => x.id !== m.id))}
          />
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault()
          if (!text.trim()) return
          void onChange([
            ...milestones,
            { id: newMilestoneId(), text: text.trim(), done: false, ...(due ? { due } : {}) },
          ])
          setText('')
          setDue('')
        }}
      >
        <div>
          <label htmlFor={`${id}-mt`}>New milestone</label>
          <input
            id={`${id}-mt`}
            type="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-md`}>Due</label>
          <input id={`${id}-md`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <button type="submit" className="secondary">
          Add milestone
        </button>
      </form>
    </>
  )
}

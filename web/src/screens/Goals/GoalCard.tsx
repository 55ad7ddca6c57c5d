import { useId, useState } from 'react'
import type { Profile, StoredGoal } from '../../core/index.js'
import { GoalEditor } from './GoalEditor.js'
import { Milestones } from './Milestones.js'
import { ProgressLog } from './ProgressLog.js'
import { SmartCheck } from './SmartCheck.js'

interface Props {
  goal: StoredGoal
  profile: Profile | undefined
  /** Resolves false when the save failed (the screen shows why). */
  onSave: (g: StoredGoal) => Promise<boolean>
  onDelete: () => Promise<unknown>
}

/** One goal: its words (editable), SMART check, milestones and progress. */
export function GoalCard({ goal, profile, onSave, onDelete }: Props) {
  const id = useId()
  const [editing, setEditing] = useState(false)
  return (
    <article className="card" aria-labelledby={`${id}-h`} data-testid="goal">
      <div className="grid-2">
        <div>
          <h2 id={`${id}-h`}>{goal.text}</h2>
          <p>
            <span className="tag">{goal.type}</span>
            <span className="tag">{goal.horizon === 'short' ? 'short term' : 'long term'}</span>
            {goal.targetDate ? <span className="tag">by {goal.targetDate}</span> : null}
          </p>
          {editing ? (
            <GoalEditor goal={goal} onSave={onSave} onDone={() => setEditing(false)} />
          ) : (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit goal
            </button>
          )}
        </div>
        <SmartCheck goal={goal} profile={profile} />
      </div>
      <Milestones
        milestones={goal.milestones}
        onChange={(milestones) => onSave({ ...goal, milestones })}
      />
      <ProgressLog goal={goal} onChange={(progress) => onSave({ ...goal, progress })} />
      <div className="actions">
        <button type="button" className="link" onClick={() => void onDelete()}>
          Delete this goal
        </button>
      </div>
    </article>
  )
}

import { useId } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { StoredGoal } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { GoalFields } from './GoalFields.js'
import type { GoalFieldValues } from './goalEdits.js'
import { useGoalSuggestion } from './useGoalSuggestion.js'

const BLANK: GoalFieldValues = { text: '', type: 'skill', horizon: 'short', targetDate: '' }

/** The form that adds a goal, suggesting its type and horizon from its words. */
export function NewGoal({ onAdded }: { onAdded: (g: StoredGoal) => void }) {
  const id = useId()
  const { fields, change, reset, why } = useGoalSuggestion(BLANK)
  const add = useAction(async () => {
    if (!fields.text.trim()) throw new Error('Write the goal first, in one sentence.')
    const g = await api.goals.create({
      text: fields.text,
      type: fields.type,
      horizon: fields.horizon,
      ...(fields.targetDate ? { targetDate: fields.targetDate } : {}),
      milestones: [],
      progress: [],
    })
    onAdded(g)
    reset(BLANK)
  })
  return (
    <form
      className="card"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault()
        void add.run()
      }}
    >
      <h2 id={`${id}-h`}>Add a goal</h2>
      <GoalFields value={fields} onChange={change} />
      <p className="small muted">{why}</p>
      <div className="actions">
        <button type="submit" disabled={add.busy}>
          Add goal
        </button>
        {add.busy ? <Busy label="Adding…" /> : null}
      </div>
      <ErrorNote error={add.error} what="add the goal" />
    </form>
  )
}

import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { StoredGoal } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { GoalFields } from './GoalFields.js'
import { withFields } from './goalEdits.js'
import { useGoalSuggestion } from './useGoalSuggestion.js'

interface Props {
  goal: StoredGoal
  /** Resolves false when the save failed: the form then stays open. */
  onSave: (g: StoredGoal) => Promise<boolean>
  onDone: () => void
}

/** Edit a saved goal's text, type, horizon and date; milestones and progress are kept. */
export function GoalEditor({ goal, onSave, onDone }: Props) {
  const { fields, change } = useGoalSuggestion(
    {
      text: goal.text,
      type: goal.type,
      horizon: goal.horizon,
      targetDate: goal.targetDate ?? '',
    },
    false,
  )
  const save = useAction(async () => {
    if (!fields.text.trim())
      throw new Error('A goal needs its sentence: write it, or delete the goal.')
    if (await onSave(withFields(goal, fields))) onDone()
  })
  return (
    <form
      aria-label="Edit the goal"
      onSubmit={(e) => {
        e.preventDefault()
        void save.run()
      }}
    >
      <GoalFields value={fields} onChange={change} />
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          Save goal
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
        {save.busy ? <Busy label="Saving…" /> : null}
      </div>
      <ErrorNote error={save.error} what="save the goal" />
    </form>
  )
}

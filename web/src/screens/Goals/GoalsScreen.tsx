import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { download } from '../../components/download.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { milestonesToIcs } from '../../core/file-formats.js'
import type { StoredGoal } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { useAsync } from '../../hooks/useAsync.js'
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo.js'
import { GoalCard } from './GoalCard.js'
import { goalInput } from './goalEdits.js'
import { NewGoal } from './NewGoal.js'

/** Step 2: goals by type and horizon, SMART check, milestones, progress, .ics. */
export function GoalsScreen() {
  const goals = useAsync(() => api.goals.list())
  const profile = useAsync(() => api.profile.get())
  const list = goals.data ?? []
  const save = useAction(async (g: StoredGoal) => {
    const saved = await api.goals.update(g.id, goalInput(g))
    goals.set((goals.data ?? []).map((x) => (x.id === saved.id ? saved : x)))
  })
  const remove = useDeleteWithUndo(api.goals, 'goal', goals.reload)
  return (
    <>
      <h1 tabIndex={-1}>2. Goals</h1>
      <p className="muted">
        Write each goal in one sentence. Give it a type and a horizon: short (within two years) or
        long (beyond). The SMART check beside it says how to sharpen it.
      </p>
      <NewGoal onAdded={(g) => goals.set([g, ...list])} />
      {goals.loading ? <Busy label="Loading your goals…" /> : null}
      <ErrorNote error={goals.error} what="load your goals" />
      <ErrorNote error={save.error} what="save the goal" />
      <ErrorNote error={remove.error} what="delete the goal" />
      {save.busy ? <Busy label="Saving…" /> : null}
      {list.map((g) => (
        <GoalCard
          key={g.id}
          goal={g}
          profile={profile.data}
          onSave={save.run}
          onDelete={() => remove.run(g.id, g.text)}
        />
      ))}
      {list.length ? (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              download(
                'headway-milestones.ics',
                milestonesToIcs(list, new Date()).ics,
                'text/calendar',
              )
            }
          >
            Export milestones as a calendar (.ics)
          </button>
          <a className="button" href="#/company">
            Next: the company
          </a>
        </div>
      ) : null}
    </>
  )
}

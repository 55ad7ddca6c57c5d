import { useEffect, useId, useState } from 'react'
import type { StoredGoal } from '../../../../src/core/contracts/entities.js'
import {
  GOAL_TYPES,
  type GoalType,
  type Milestone,
  type Profile,
  type ProgressEntry,
} from '../../../../src/core/contracts/profile.js'
import { progressOf } from '../../../../src/core/goals/progress.js'
import { milestonesToIcs } from '../../../../src/io/export-ics.js'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { download } from '../../components/download.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { LineChart } from '../../components/LineChart.js'
import { useAsync } from '../../hooks/useAsync.js'
import { useCore } from '../../hooks/useCore.js'
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo.js'
import { SmartCheck } from './SmartCheck.js'

const TYPE_HINT: Record<GoalType, string> = {
  skill: 'a skill to build',
  position: 'a role to reach',
  industry: 'a field to work in',
  lifestyle: 'how you want to work and live',
}

const today = () => new Date().toISOString().slice(0, 10)
const newId = () => Math.random().toString(36).slice(2, 10)
const input = (g: StoredGoal) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = g
  return rest
}

/** Step 2: goals by type and horizon, SMART check, milestones, progress, .ics. */
export function GoalsScreen() {
  const goals = useAsync(() => api.goals.list())
  const profile = useAsync(() => api.profile.get())
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<Error>()
  const replace = (g: StoredGoal) =>
    goals.set((goals.data ?? []).map((x) => (x.id === g.id ? g : x)))
  const save = async (g: StoredGoal) => {
    setSaving(true)
    setError(undefined)
    try {
      replace(await api.goals.update(g.id, input(g)))
    } catch (err) {
      setError(err as Error)
    } finally {
      setSaving(false)
    }
  }
  const list = goals.data ?? []
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
      <ErrorNote error={error} what="save the goal" />
      <ErrorNote error={remove.error} what="delete the goal" />
      {saving ? <Busy label="Saving…" /> : null}
      {list.map((g) => (
        <GoalCard
          key={g.id}
          goal={g}
          profile={profile.data}
          onSave={save}
          onDelete={async () => {
            await remove.run(g.id, g.text)
          }}
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

function NewGoal({ onAdded }: { onAdded: (g: StoredGoal) => void }) {
  const id = useId()
  const [text, setText] = useState('')
  const [type, setType] = useState<GoalType>('skill')
  const [horizon, setHorizon] = useState<'short' | 'long'>('short')
  const [targetDate, setTargetDate] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error>()
  const [typeTouched, setTypeTouched] = useState(false)
  const [horizonTouched, setHorizonTouched] = useState(false)
  const [why, setWhy] = useState('')
  const { core } = useCore()
  // Suggest type and horizon from the words until the person picks them.
  const suggest = (words: string) => {
    if (!core || (typeTouched && horizonTouched) || !words.trim()) return
    const t = core.suggestGoalType(words)
    const h = core.suggestHorizon(words, today(), targetDate || undefined, t.type)
    if (!typeTouched) setType(t.type)
    if (!horizonTouched) setHorizon(h.horizon)
    const cues = t.cues.length ? `“${t.cues.join('”, “')}”` : ''
    setWhy(
      `Suggested from your words${cues ? ` (${cues}${h.evidence ? `, “${h.evidence}”` : ''})` : h.evidence ? ` (“${h.evidence}”)` : ''}: change them if they are wrong.`,
    )
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-suggest when the words or the core change
  useEffect(() => suggest(text), [text, core])
  return (
    <form
      className="card"
      aria-labelledby={`${id}-h`}
      onSubmit={async (e) => {
        e.preventDefault()
        if (!text.trim()) {
          setError(new Error('Write the goal first, in one sentence.'))
          return
        }
        setBusy(true)
        setError(undefined)
        try {
          const g = await api.goals.create({
            text,
            type,
            horizon,
            ...(targetDate ? { targetDate } : {}),
            milestones: [],
            progress: [],
          })
          onAdded(g)
          setText('')
          setTargetDate('')
          setTypeTouched(false)
          setHorizonTouched(false)
          setWhy('')
        } catch (err) {
          setError(err as Error)
        } finally {
          setBusy(false)
        }
      }}
    >
      <h2 id={`${id}-h`}>Add a goal</h2>
      <label htmlFor={`${id}-text`}>
        Goal
        <span className="hint">
          e.g. “Lead a data engineering team of five within three years.”
        </span>
      </label>
      <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="grid-2">
        <div>
          <label htmlFor={`${id}-type`}>Type</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => {
              setTypeTouched(true)
              setType(e.target.value as GoalType)
            }}
          >
            {GOAL_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}: {TYPE_HINT[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-horizon`}>Horizon</label>
          <select
            id={`${id}-horizon`}
            value={horizon}
            onChange={(e) => {
              setHorizonTouched(true)
              setHorizon(e.target.value as 'short' | 'long')
            }}
          >
            <option value="short">Short term (within two years)</option>
            <option value="long">Long term (beyond two years)</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-date`}>Target date (optional)</label>
          <input
            id={`${id}-date`}
            type="date"
            value={targetDate}
            onChange={(e) => setTargetDate(e.target.value)}
          />
        </div>
      </div>
      <p className="small muted">{why}</p>
      <div className="actions">
        <button type="submit" disabled={busy}>
          Add goal
        </button>
        {busy ? <Busy label="Adding…" /> : null}
      </div>
      <ErrorNote error={error} what="add the goal" />
    </form>
  )
}

function GoalCard({
  goal,
  profile,
  onSave,
  onDelete,
}: {
  goal: StoredGoal
  profile: Profile | undefined
  onSave: (g: StoredGoal) => Promise<void>
  onDelete: () => Promise<void>
}) {
  const id = useId()
  const [mText, setMText] = useState('')
  const [mDue, setMDue] = useState('')
  const [pct, setPct] = useState('')
  const [note, setNote] = useState('')
  const [pDate, setPDate] = useState(today())
  const done = goal.milestones.filter((m) => m.done).length
  const setMilestones = (milestones: Milestone[]) => onSave({ ...goal, milestones })
  const progress = progressOf(goal).history
  return (
    <article className="card" aria-labelledby={`${id}-h`}>
      <div className="grid-2">
        <div>
          <h2 id={`${id}-h`}>{goal.text}</h2>
          <p>
            <span className="tag">{goal.type}</span>
            <span className="tag">{goal.horizon === 'short' ? 'short term' : 'long term'}</span>
            {goal.targetDate ? <span className="tag">by {goal.targetDate}</span> : null}
          </p>
        </div>
        <SmartCheck goal={goal} profile={profile} />
      </div>

      <h3>Milestones</h3>
      <p className="small muted">
        {goal.milestones.length
          ? `${done} of ${goal.milestones.length} done.`
          : 'Break the goal into steps with dates.'}
      </p>
      <ul>
        {goal.milestones.map((m) => (
          <li key={m.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={m.done}
                onChange={(e) =>
                  setMilestones(
                    goal.milestones.map((x) => {
                      if (x.id !== m.id) return x
                      const { doneAt: _d, ...rest } = x
                      return e.target.checked
                        ? { ...rest, done: true, doneAt: today() }
                        : { ...rest, done: false }
                    }),
                  )
                }
              />
              {m.text}
              {m.due ? <span className="muted small"> (due {m.due})</span> : null}
            </label>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault()
          if (!mText.trim()) return
          void setMilestones([
            ...goal.milestones,
            { id: newId(), text: mText.trim(), done: false, ...(mDue ? { due: mDue } : {}) },
          ])
          setMText('')
          setMDue('')
        }}
      >
        <div>
          <label htmlFor={`${id}-mt`}>New milestone</label>
          <input
            id={`${id}-mt`}
            type="text"
            value={mText}
            onChange={(e) => setMText(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-md`}>Due</label>
          <input
            id={`${id}-md`}
            type="date"
            value={mDue}
            onChange={(e) => setMDue(e.target.value)}
          />
        </div>
        <button type="submit" className="secondary">
          Add milestone
        </button>
      </form>

      <h3>Progress</h3>
      <LineChart
        title={`Progress on “${goal.text.slice(0, 40)}${goal.text.length > 40 ? '…' : ''}” over time (%)`}
        points={progress.map((p) => ({ label: p.date.slice(5), value: p.percent }))}
        unit="%"
      />
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault()
          const n = Number(pct)
          if (pct === '' || !Number.isFinite(n) || n < 0 || n > 100) return
          const entry: ProgressEntry = {
            date: pDate,
            percent: n,
            ...(note.trim() ? { note: note.trim() } : {}),
          }
          void onSave({ ...goal, progress: [...goal.progress, entry] })
          setPct('')
          setNote('')
        }}
      >
        <div>
          <label htmlFor={`${id}-pd`}>Date</label>
          <input
            id={`${id}-pd`}
            type="date"
            required
            value={pDate}
            onChange={(e) => setPDate(e.target.value)}
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
            value={pct}
            onChange={(e) => setPct(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-pn`}>Note</label>
          <input
            id={`${id}-pn`}
            type="text"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit" className="secondary">
          Log progress
        </button>
      </form>
      <div className="actions">
        <button type="button" className="link" onClick={() => void onDelete()}>
          Delete this goal
        </button>
      </div>
    </article>
  )
}

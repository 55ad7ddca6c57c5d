import { useId, useState } from 'react'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { StarStoryInput } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'

export type StoryFields = Required<StarStoryInput>
export const BLANK_STORY: StoryFields = {
  title: '',
  situation: '',
  task: '',
  action: '',
  result: '',
}

const FIELDS = [
  ['title', 'Title', 'e.g. “Cut the monthly report from 3 days to 4 hours”'],
  ['situation', 'Situation', 'Where and when.'],
  ['task', 'Task', 'What you had to do.'],
  ['action', 'Action', 'What you did, in the first person.'],
  ['result', 'Result', 'What changed, with a number if you can.'],
] as const

interface Props {
  initial: StoryFields
  submitLabel: string
  onSubmit: (story: StoryFields) => Promise<unknown>
  onCancel?: () => void
}

/** The five STAR fields, for a new story or an edit of a saved one. */
export function StoryForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId()
  const [s, setS] = useState(initial)
  const save = useAction(async () => {
    if (!s.title.trim()) throw new Error('Give the story a title.')
    await onSubmit(s)
    setS(BLANK_STORY)
  })
  return (
    <form
      aria-label={submitLabel}
      onSubmit={(e) => {
        e.preventDefault()
        void save.run()
      }}
    >
      {FIELDS.map(([k, label, hint]) => (
        <div key={k}>
          <label htmlFor={`${id}-${k}`}>
            {label}
            <span className="hint">{hint}</span>
          </label>
          {k === 'title' ? (
            <input
              id={`${id}-${k}`}
              type="text"
              value={s[k]}
              onChange={(e) => setS({ ...s, [k]: e.target.value })}
            />
          ) : (
            <textarea
              id={`${id}-${k}`}
              rows={2}
              value={s[k]}
              onChange={(e) => setS({ ...s, [k]: e.target.value })}
            />
          )}
        </div>
      ))}
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        {save.busy ? <Busy label="Saving…" /> : null}
      </div>
      <ErrorNote error={save.error} what="save the story" />
    </form>
  )
}

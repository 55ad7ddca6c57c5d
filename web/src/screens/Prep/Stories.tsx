import { useId, useState } from 'react'
import { api } from '../../api/client.js'
import type { StoredStarStory } from '../../core/index.js'
import type { AsyncState } from '../../hooks/useAsync.js'
import { BLANK_STORY, StoryForm } from './StoryForm.js'

const fieldsOf = ({ title, situation, task, action, result }: StoredStarStory) => ({
  title,
  situation,
  task,
  action,
  result,
})

/** The person's STAR stories: each can be edited; a form adds a new one. */
export function Stories({ stories }: { stories: AsyncState<StoredStarStory[]> }) {
  const id = useId()
  const [editing, setEditing] = useState<string>()
  const list = stories.data ?? []
  const replace = (saved: StoredStarStory) =>
    stories.set(list.map((x) => (x.id === saved.id ? saved : x)))
  return (
    <section className="card no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>STAR stories</h2>
      <p className="small muted">
        {list.length
          ? `You have ${list.length}: ${list.map((x) => x.title).join('; ')}. Rebuild the sheet after an edit.`
          : 'Short stories that prove what you claim. Add one or two.'}
      </p>
      <ul className="stories">
        {list.map((st) =>
          editing === st.id ? (
            <li key={st.id}>
              <StoryForm
                initial={fieldsOf(st)}
                submitLabel={`Save “${st.title}”`}
                onSubmit={async (s) => {
                  replace(await api.stories.update(st.id, s))
                  setEditing(undefined)
                }}
                onCancel={() => setEditing(undefined)}
              />
            </li>
          ) : (
            <li key={st.id}>
              <strong>{st.title}</strong>{' '}
              <button
                type="button"
                className="link"
                aria-label={`Edit the story “${st.title}”`}
                onClick={() => setEditing(st.id)}
              >
                Edit
              </button>
            </li>
          ),
        )}
      </ul>
      <h3>Add a story</h3>
      <StoryForm
        initial={BLANK_STORY}
        submitLabel="Add story"
        onSubmit={async (s) => stories.set([await api.stories.create(s), ...list])}
      />
    </section>
  )
}

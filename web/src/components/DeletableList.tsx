import { type Restorable, useDeleteWithUndo } from '../hooks/useDeleteWithUndo.js'
import { ErrorNote } from './ErrorNote.js'

export interface Named {
  id: string
  name: string
  detail?: string | undefined
}

/** A list of stored objects, each with a Delete button that offers an undo. */
export function DeletableList({
  title,
  what,
  items,
  resource,
  changed,
}: {
  title: string
  what: string
  items: readonly Named[]
  resource: Restorable
  changed: () => void
}) {
  const remove = useDeleteWithUndo(resource, what, changed)
  const id = `list-${what.replace(/\W+/g, '-')}`
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="muted small">({items.length})</span>
      </h3>
      {items.length ? (
        <ul className="deletable">
          {items.map((item) => (
            <li key={item.id}>
              <span>
                {item.name}
                {item.detail ? <span className="muted small"> · {item.detail}</span> : null}
              </span>
              <button
                type="button"
                className="link"
                disabled={remove.busy}
                aria-label={`Delete the ${what} “${item.name}”`}
                onClick={() => remove.run(item.id, item.name)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">None.</p>
      )}
      <ErrorNote error={remove.error} what={`delete the ${what}`} />
    </section>
  )
}

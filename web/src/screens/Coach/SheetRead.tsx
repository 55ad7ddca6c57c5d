import type { ListedPrepSheet } from '../../api/client.js'
import { prepSheetContentSchema } from '../../core/index.js'

function List({ title, items }: { title: string; items: readonly string[] }) {
  if (!items.length) return null
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </>
  )
}

/** A student's prep sheet as text: no buttons, no fields. */
export function SheetRead({ sheet }: { sheet: ListedPrepSheet }) {
  const parsed = prepSheetContentSchema.safeParse(sheet.content)
  if (!parsed.success) {
    return <p className="muted">A prep sheet saved in a form this version cannot show.</p>
  }
  const s = parsed.data
  return (
    <article className="card prep-sheet" data-testid="coach-prep-sheet">
      <h3>{s.title}</h3>
      <p className="small muted">
        {[s.role, s.company].filter(Boolean).join(' at ')}
        {s.interviewDate ? `, interview on ${s.interviewDate}` : ''} · updated{' '}
        {sheet.updatedAt.slice(0, 10)}
      </p>
      <h4>Answer{s.score === undefined ? '' : ` (score ${s.score})`}</h4>
      <p>{s.answer || 'No answer on the sheet.'}</p>
      {s.strongStart ? (
        <p>
          <strong>Strong start:</strong> {s.strongStart}
        </p>
      ) : null}
      {s.strongFinish ? (
        <p>
          <strong>Strong finish:</strong> {s.strongFinish}
        </p>
      ) : null}
      <List title="Talking points" items={s.talkingPoints} />
      <List title="STAR stories" items={s.stories.map((st) => `${st.title}: ${st.result}`)} />
      <List title="Questions to ask" items={s.questions} />
      <List title="What to avoid" items={s.avoid} />
    </article>
  )
}

import type { ListedPrepSheet } from '../../api/client.js'
import { download } from '../../components/download.js'
import { prepSheetToMarkdown } from '../../core/file-formats.js'
import { prepSheetContentSchema, type PrepSheetContent as Sheet } from '../../core/index.js'

/** The printable prep sheet, with its Markdown export. */
export function SheetView({ sheet: stored }: { sheet: ListedPrepSheet }) {
  // Checked again here: a sheet stored by an older version, or imported, may not
  // have this shape, and one bad sheet must not blank the screen.
  const parsed = prepSheetContentSchema.safeParse(stored.content)
  if (!parsed.success) {
    return (
      <p className="error" role="alert" data-testid="prep-sheet-unreadable">
        This prep sheet was saved in a form this version cannot show. Rebuild it with the button
        above.
      </p>
    )
  }
  const s: Sheet = parsed.data
  const md = () => prepSheetToMarkdown(s)
  const file = s.title
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase()
  return (
    <>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => download(`${file}.md`, md(), 'text/markdown')}
        >
          Export Markdown
        </button>
      </div>
      <p className="small muted no-print">
        To save a PDF, choose “Save as PDF” as the printer in the print dialog.
      </p>
      <article className="prep-sheet" aria-labelledby="sheet-title" data-testid="prep-sheet">
        <h2 id="sheet-title" className="sheet-title">
          {s.title}
        </h2>
        <p>
          {s.role} at {s.company}
          {s.interviewDate ? `, interview on ${s.interviewDate}` : ''}
        </p>
        <h2>My answer{s.score === undefined ? '' : ` (score ${s.score})`}</h2>
        {s.answer ? (
          <p>{s.answer}</p>
        ) : (
          <p className="notice no-answer">
            No answer for this interview yet. <a href="#/answer">Write one on the Answer step</a>,
            save a version, then rebuild this sheet.
          </p>
        )}
        <div className="grid-2">
          <section>
            <h2>Strong start</h2>
            <p>{s.strongStart || 'Open with your long-term aim, in one sentence.'}</p>
          </section>
          <section>
            <h2>Strong finish</h2>
            <p>{s.strongFinish || 'Close with how you will contribute here.'}</p>
          </section>
        </div>
        <h2>Talking points</h2>
        <List items={s.talkingPoints} empty="None yet: see the Align step." />
        <h2>STAR stories</h2>
        {s.stories.length ? (
          s.stories.map((st) => (
            <div key={st.title}>
              <h3>{st.title}</h3>
              <p className="small">
                <strong>Situation:</strong> {st.situation} <strong>Task:</strong> {st.task}{' '}
                <strong>Action:</strong> {st.action} <strong>Result:</strong> {st.result}
              </p>
            </div>
          ))
        ) : (
          <p className="muted">None yet: add one below, then rebuild.</p>
        )}
        <h2>Questions to ask</h2>
        <List items={s.questions} empty="None yet." />
        <h2>What to avoid</h2>
        <List items={s.avoid} empty="Nothing flagged." />
      </article>
    </>
  )
}

function List({ items, empty }: { items: readonly string[]; empty: string }) {
  if (!items.length) return <p className="muted">{empty}</p>
  return (
    <ul>
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  )
}

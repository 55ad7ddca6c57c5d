import { useId, useState } from 'react'
import { ErrorNote } from '../../components/ErrorNote.js'
import { importJsonResume, MAX_RESUME_CHARS, mergeResume } from '../../core/file-formats.js'
import type { Profile } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'

interface Props {
  p: Profile
  /** The profile with the resume added; the form shows it for review before saving. */
  onImported: (next: Profile) => void
}

/** Pre-fill the profile from a JSON Resume, read in this browser by the same reader as the CLI. */
export function ResumeImport({ p, onImported }: Props) {
  const id = useId()
  const [note, setNote] = useState('')
  const [text, setText] = useState('')
  // `read` gives the resume's text: the pasted text, or a chosen file read in the browser.
  const importer = useAction(async (read: () => string | Promise<string>) => {
    const imported = importJsonResume(await read())
    const next = mergeResume(p, imported)
    const added = next.skills.length - p.skills.length
    const roles = next.experience.length - p.experience.length
    const skipped = imported.skipped.length
    onImported(next)
    setNote(
      `Imported: ${added} skill${added === 1 ? '' : 's'}, ${roles} role(s)${skipped ? `; ${skipped} item(s) left out` : ''}. Review, then save.`,
    )
  })
  return (
    <section className="card" aria-labelledby={`${id}-import`}>
      <h2 id={`${id}-import`}>Start from your resume (optional)</h2>
      <p className="small muted">
        A JSON Resume (jsonresume.org) pre-fills your name, skills and experience. It is read in
        this browser.
      </p>
      <label htmlFor={`${id}-file`}>JSON Resume file</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (!file) return
          void importer.run(() => {
            if (file.size > MAX_RESUME_CHARS)
              throw new Error('That file is over 2 MB: a resume should be far smaller.')
            return file.text()
          })
        }}
      />
      <label htmlFor={`${id}-paste`}>…or paste it</label>
      <textarea
        id={`${id}-paste`}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => importer.run(() => text)}>
          Import pasted resume
        </button>
      </div>
      <ErrorNote error={importer.error} what="import the resume" />
      {note ? (
        <p role="status" className="ok">
          {note}
        </p>
      ) : null}
    </section>
  )
}

import { useState } from 'react'
import { ApiError, api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { download } from '../../components/download.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { useAction } from '../../hooks/useAction.js'

/** The import route's body limit (docs/RELIABILITY.md), checked before the upload. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024

/** Read a chosen file as JSON, with errors a person can act on. */
async function readExport(file: File): Promise<unknown> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(
      `${file.name} is over 10 MB: a headway export is far smaller. Pick another file.`,
    )
  }
  try {
    return JSON.parse(await file.text())
  } catch {
    throw new Error(`${file.name} is not JSON: pick the .json file headway exported.`)
  }
}

/** The export's collection keys as a person names them. */
const KIND_LABELS: Record<string, string> = {
  applications: 'interviews',
  practice: 'practice attempts',
  stories: 'STAR stories',
  prepSheets: 'prep sheets',
  answerVersions: 'answer versions',
}

function summary(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${KIND_LABELS[kind] ?? kind}: ${n}`)
  return parts.length ? `Imported ${parts.join(', ')}.` : 'Imported: the file held no objects.'
}

/** Export everything as one file, and import such a file (into this account). */
export function DataSection({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File>()
  const [replace, setReplace] = useState(false)
  const [result, setResult] = useState('')
  const exporter = useAction(async () => {
    const doc = await api.account.exportData()
    const day = new Date().toISOString().slice(0, 10)
    download(`headway-export-${day}.json`, JSON.stringify(doc, null, 2), 'application/json')
  })
  const importer = useAction(async () => {
    if (!file) throw new Error('Choose the export file first.')
    setResult('')
    try {
      const outcome = await api.account.importData(await readExport(file), replace)
      setResult(summary(outcome.imported))
      onImported()
    } catch (err) {
      if (err instanceof ApiError && err.code === 'conflict') {
        throw new Error(
          'You already have data here. Tick “Replace all my data” to import over it (download your data first to keep a copy).',
        )
      }
      throw err
    }
  })
  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data as a file</h2>
      <p className="small muted">
        One JSON file with everything: profile, goals, companies, interviews, answers and their
        versions, practice, stories and prep sheets.
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => exporter.run()}>
          Download my data
        </button>
        {exporter.busy ? <Busy label="Exporting…" /> : null}
      </div>
      <ErrorNote error={exporter.error} what="export your data" />
      <label htmlFor="import-file">
        Import an export
        <span className="hint">A headway export (.json), from this or another headway.</span>
      </label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(e) => setFile(e.target.files?.[0])}
      />
      <label className="check">
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
        Replace all my data with the file’s
      </label>
      <div className="actions">
        <button type="button" disabled={importer.busy || !file} onClick={() => importer.run()}>
          Import the file
        </button>
        {importer.busy ? <Busy label="Importing…" /> : null}
      </div>
      <ErrorNote error={importer.error} what="import the file" />
      {result ? (
        <p className="notice" data-testid="import-result">
          {result}
        </p>
      ) : null}
    </section>
  )
}

import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { pickTarget, TargetPicker } from '../../components/TargetPicker.js'
import { useAction } from '../../hooks/useAction.js'
import { useAsync } from '../../hooks/useAsync.js'
import { type PathData, usePathData } from '../../hooks/usePathData.js'
import { useSelection } from '../../hooks/useSelection.js'
import { buildSheet } from './buildSheet.js'
import { SheetView } from './SheetView.js'
import { Stories } from './Stories.js'

/** Step 7: one printable page per interview, exported as Markdown and PDF. */
export function PrepScreen() {
  const data = usePathData()
  return (
    <>
      <h1 tabIndex={-1} className="no-print">
        7. Prep sheet
      </h1>
      <p className="muted no-print">
        One page for the interview: your answer, talking points, stories, questions, and what to
        avoid. Print it, or save it as PDF or Markdown.
      </p>
      {data.loading ? <Busy label="Loading…" /> : null}
      <ErrorNote error={data.error} what="load your interviews" />
      {data.data ? <Prep data={data.data} /> : null}
    </>
  )
}

function Prep({ data }: { data: PathData }) {
  const [appId, setAppId] = useSelection('application')
  const { application, company } = pickTarget(data.companies, data.applications, appId)
  const sheets = useAsync(() => api.prepSheets.list())
  const stories = useAsync(() => api.stories.list())
  const stored = sheets.data?.find((s) => s.applicationId === application?.id)
  const build = useAction(async () => {
    if (!application) return
    const content = await buildSheet(data, application, company, stories.data ?? [])
    const input = { applicationId: application.id, content }
    const saved = stored
      ? await api.prepSheets.update(stored.id, input)
      : await api.prepSheets.create(input)
    sheets.set([saved, ...(sheets.data ?? []).filter((s) => s.id !== saved.id)])
  })
  return (
    <>
      <section className="card no-print" aria-label="Which interview">
        <TargetPicker
          companies={data.companies}
          applications={data.applications}
          value={application?.id}
          onChange={setAppId}
        />
        <div className="actions">
          <button
            type="button"
            disabled={build.busy || !application}
            onClick={() => void build.run()}
          >
            {stored ? 'Rebuild the prep sheet' : 'Build the prep sheet'}
          </button>
          {build.busy ? <Busy label="Gathering your answer, talking points and stories…" /> : null}
        </div>
        <ErrorNote error={build.error} what="build the prep sheet" />
        <ErrorNote error={sheets.error} what="load your prep sheets" />
      </section>
      {stored ? <SheetView sheet={stored} /> : null}
      <Stories stories={stories} />
    </>
  )
}

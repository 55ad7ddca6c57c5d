import { type Alignment, getAlignment } from '../../api/alignment.js'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { TableWrap } from '../../components/TableWrap.js'
import { pickTarget, TargetPicker } from '../../components/TargetPicker.js'
import { useAsync } from '../../hooks/useAsync.js'
import { type PathData, usePathData } from '../../hooks/usePathData.js'
import { useSelection } from '../../hooks/useSelection.js'

/** Step 4: the person against the company: overlaps with why, gaps, talking points, questions. */
export function AlignScreen() {
  const data = usePathData()
  return (
    <>
      <h1 tabIndex={-1}>4. Align</h1>
      <p className="muted">
        Your goals, skills and values against the company's values, plans and the role: where you
        meet, where you fall short, and what to say and ask.
      </p>
      {data.loading ? <Busy label="Loading…" /> : null}
      <ErrorNote error={data.error} what="load your profile and companies" />
      {data.data ? <AlignView data={data.data} /> : null}
    </>
  )
}

function AlignView({ data }: { data: PathData }) {
  const [appId, setAppId] = useSelection('application')
  const { application, company } = pickTarget(data.companies, data.applications, appId)
  const result = useAsync<Alignment | null>(async () => {
    if (!company) return null
    const goals = await api.goals.list()
    return getAlignment(data.profile, goals, company)
  }, [company?.id, application?.role])
  if (!company) {
    return (
      <p className="notice">
        Add a company first: <a href="#/company">go to step 3</a>.
      </p>
    )
  }
  const a = result.data
  return (
    <>
      <section className="card" aria-label="Which interview">
        <TargetPicker
          companies={data.companies}
          applications={data.applications}
          value={application?.id}
          onChange={setAppId}
        />
      </section>
      {result.loading ? <Busy label="Matching you with the company…" /> : null}
      <ErrorNote error={result.error} what="align you with the company" />
      {a ? (
        <>
          <section className="card" aria-labelledby="matrix-h">
            <h2 id="matrix-h">Where you meet ({a.matrix.length})</h2>
            {a.matrix.length ? (
              <TableWrap label="Where you meet, as a table">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">You</th>
                      <th scope="col">{company.name}</th>
                      <th scope="col">Why they match</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.matrix.map((r) => (
                      <tr key={`${r.mine}|${r.theirs}`}>
                        <td>
                          <span className="tag">{r.mineKind}</span> {r.mine}
                        </td>
                        <td>
                          <span className="tag">{r.theirsKind}</span> {r.theirs}
                        </td>
                        <td>{r.why}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            ) : (
              <p className="muted">
                No overlaps found yet. Add values and skills on the <a href="#/me">Me</a> step, or a
                fuller company page.
              </p>
            )}
          </section>
          <div className="grid-2">
            <section className="card" aria-labelledby="gaps-h">
              <h2 id="gaps-h">Gaps</h2>
              {a.gaps.length ? (
                <ul>
                  {a.gaps.map((g) => (
                    <li key={g.text}>
                      <span className="tag">{g.kind}</span> {g.text}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No gaps found.</p>
              )}
            </section>
            <section className="card" aria-labelledby="tp-h">
              <h2 id="tp-h">Talking points</h2>
              {a.talkingPoints.length ? (
                <ul>
                  {a.talkingPoints.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">None yet.</p>
              )}
            </section>
            <section className="card" aria-labelledby="q-h">
              <h2 id="q-h">Questions to ask them</h2>
              {a.questions.length ? (
                <ul>
                  {a.questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">None yet.</p>
              )}
            </section>
          </div>
          <a className="button" href="#/answer">
            Next: draft your answer
          </a>
        </>
      ) : null}
    </>
  )
}

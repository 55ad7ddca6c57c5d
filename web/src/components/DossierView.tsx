import type { Dossier, Source } from '../core/index.js'

function Quote({ source }: { source: Source }) {
  return (
    <blockquote className="quote">
      “{source.quote}”{source.via ? <span className="small"> ({source.via})</span> : null}
    </blockquote>
  )
}

/** The company dossier, each finding with the sentence it came from. */
export function DossierView({ dossier }: { dossier: Dossier }) {
  const job = dossier.job
  const empty =
    !dossier.mission &&
    !dossier.vision &&
    dossier.values.length === 0 &&
    dossier.initiatives.length === 0 &&
    !job
  return (
    <div className="dossier">
      {dossier.warnings.length ? (
        <div className="notice" role="note">
          {dossier.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      ) : null}
      {empty ? (
        <p className="notice">
          headway found little here. Try the company's “About”, “Mission” or “Careers” page, or
          paste the text of those pages.
        </p>
      ) : null}
      <div className="grid-2">
        <section>
          <h3>Mission</h3>
          {dossier.mission ? (
            <>
              <p>{dossier.mission.text}</p>
              <Quote source={dossier.mission.source} />
            </>
          ) : (
            <p className="muted">Not found.</p>
          )}
          <h3>Vision</h3>
          {dossier.vision ? (
            <>
              <p>{dossier.vision.text}</p>
              <Quote source={dossier.vision.source} />
            </>
          ) : (
            <p className="muted">Not found.</p>
          )}
        </section>
        <section>
          <h3>Values</h3>
          {dossier.values.length ? (
            <ul>
              {dossier.values.map((v) => (
                <li key={`${v.name}-${v.source.start}`}>
                  <strong>{v.name}</strong>
                  {v.description ? `: ${v.description}` : ''}
                  <Quote source={v.source} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No named values found.</p>
          )}
        </section>
        <section>
          <h3>Initiatives and plans</h3>
          {dossier.initiatives.length ? (
            <ul>
              {dossier.initiatives.map((i) => (
                <li key={`${i.source.start}-${i.text.slice(0, 20)}`}>
                  {i.horizon ? <span className="tag">{i.horizon} term</span> : null}
                  {i.text}
                  <Quote source={i.source} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None found.</p>
          )}
        </section>
        <section>
          <h3>Culture and products</h3>
          <p>
            {dossier.culture.map((c) => (
              <span className="tag" key={`${c.signal}-${c.source.start}`} title={c.source.quote}>
                {c.signal}
              </span>
            ))}
            {dossier.culture.length ? null : <span className="muted">No culture signals. </span>}
          </p>
          <p>
            {dossier.products.map((p) => (
              <span className="tag" key={`${p.name}-${p.source.start}`} title={p.source.quote}>
                {p.name}
              </span>
            ))}
            {dossier.products.length ? null : <span className="muted">No products named.</span>}
          </p>
        </section>
      </div>
      {job ? (
        <section>
          <h3>The role: {job.title}</h3>
          <div className="grid-2">
            <div>
              <h4>Responsibilities</h4>
              <ul>
                {job.responsibilities.map((r) => (
                  <li key={r.source.start}>{r.text}</li>
                ))}
              </ul>
            </div>
            <div>
              <h4>Requirements</h4>
              <ul>
                {job.requirements.map((r) => (
                  <li key={r.source.start}>{r.text}</li>
                ))}
              </ul>
              {job.skills.length ? (
                <p>
                  {job.skills.map((s) => (
                    <span className="tag" key={s}>
                      {s}
                    </span>
                  ))}
                </p>
              ) : null}
            </div>
          </div>
        </section>
      ) : null}
    </div>
  )
}

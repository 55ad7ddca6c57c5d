import { useEffect, useId, useRef, useState } from 'react'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { HonestVersion } from '../../core/index.js'
import { useCore } from '../../hooks/useCore.js'

const WHY_LABELS: Record<HonestVersion['leftOut'][number]['why'], string> = {
  'off-role': 'a plan beyond the role',
  'salary-title': 'money or a title first',
  negative: 'a complaint',
}

/** A request from elsewhere on the screen to open the panel with this text ("see the honest version"). */
export interface HonestSeed {
  text: string
  /** Changes with each request, so the same text can be asked for twice. */
  at: number
}

/**
 * Honest version → interview version: the person writes what they would tell a
 * friend, and the core's honestVersion keeps, in their words, what is true and
 * relevant to the role, listing what it left out and why. It runs in the
 * browser and nothing here is saved.
 */
export function HonestPanel({
  role,
  seed,
  onUse,
}: {
  role: string | undefined
  seed: HonestSeed | undefined
  onUse: (text: string) => void
}) {
  const id = useId()
  const areaRef = useRef<HTMLTextAreaElement>(null)
  const { core, error } = useCore()
  const [reasons, setReasons] = useState('')
  const [result, setResult] = useState<HonestVersion>()
  useEffect(() => {
    if (!seed) return
    setReasons(seed.text)
    setResult(undefined)
    areaRef.current?.scrollIntoView({ block: 'center' })
    areaRef.current?.focus()
  }, [seed])
  return (
    <section className="card" aria-labelledby={`${id}-h`} id="honest-version">
      <h2 id={`${id}-h`}>Honest version → interview version</h2>
      <p className="small muted">
        Write why you really want this: the studio you want one day, the pay, the job you are
        leaving. headway keeps what is true and relevant to the role, in your own words, and says
        what it left out and why. This stays in your browser and is not saved.
      </p>
      <label htmlFor={`${id}-reasons`}>Your honest reasons</label>
      <textarea
        id={`${id}-reasons`}
        ref={areaRef}
        rows={3}
        value={reasons}
        onChange={(e) => setReasons(e.target.value)}
      />
      <div className="actions">
        <button
          type="button"
          disabled={!core || !reasons.trim()}
          onClick={() => core && setResult(core.honestVersion(reasons, role))}
        >
          Make the interview version
        </button>
      </div>
      <ErrorNote error={error} what="load headway's checks" />
      {result ? (
        <div data-testid="interview-version">
          <h3>Interview version</h3>
          <p>{result.interview}</p>
          {result.placeholder ? (
            <p className="small muted">
              Nothing could be kept as it is: write the part in brackets in your own words.
            </p>
          ) : null}
          <button type="button" className="secondary" onClick={() => onUse(result.interview)}>
            Put it in the editor
          </button>
          <h3>Left out, and why</h3>
          {result.leftOut.length ? (
            <ul>
              {result.leftOut.map((l) => (
                <li key={l.text}>
                  “{l.text}” <strong>({WHY_LABELS[l.why]})</strong>: {l.explanation}
                </li>
              ))}
            </ul>
          ) : (
            <p className="small muted">Nothing: every reason is one to say in the interview.</p>
          )}
        </div>
      ) : null}
    </section>
  )
}

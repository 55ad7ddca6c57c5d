import { Busy } from '../../components/Busy.js'
import type { Profile, StoredGoal } from '../../core/index.js'
import { useCore } from '../../hooks/useCore.js'

const PART_LABELS: Record<string, string> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  'time-bound': 'Time-bound',
}

/** The SMART check of one goal, beside it: each part passed, or the fix for it. */
export function SmartCheck({ goal, profile }: { goal: StoredGoal; profile: Profile | undefined }) {
  const { core, error } = useCore()
  if (error) return <p className="error">{error.message}</p>
  if (!core) return <Busy label="Checking the goal…" />
  const today = new Date().toISOString().slice(0, 10)
  const check = core.smartCheck(goal, { today, ...(profile ? { profile } : {}) })
  const map = core.roadmap(
    goal,
    profile ?? {
      passions: [],
      skills: [],
      values: [],
      aspirations: [],
      resources: [],
      admired: [],
      experience: [],
    },
  )
  const road = [
    ['Skills to develop', map.skills],
    ['Experience to gain', map.experience],
    ['Certifications', map.certifications],
    ['Trends to watch', map.trends],
  ] as const
  return (
    <section aria-label={`SMART check: ${check.passed} of 5`} className="smart">
      <h3>SMART check: {check.passed} of 5</h3>
      <ul className="smart-parts">
        {check.parts.map((p) => (
          <li key={p.part} className={p.ok ? 'ok-part' : 'fail-part'}>
            <strong>
              <span aria-hidden="true">{p.ok ? '✓ ' : '✗ '}</span>
              {PART_LABELS[p.part] ?? p.part}
              <span className="sr-only">{p.ok ? ' passes' : ' needs work'}</span>
            </strong>
            : {p.ok ? p.why : (p.fix ?? p.why)}
          </li>
        ))}
      </ul>
      <details>
        <summary>Roadmap</summary>
        {road.map(([label, items]) =>
          items.length ? (
            <p key={label} className="small">
              <strong>{label}:</strong> {items.map((i) => i.text).join('; ')}
            </p>
          ) : null,
        )}
        {map.findOut.length ? (
          <p className="small muted">To find out: {map.findOut.join(' ')}</p>
        ) : null}
      </details>
    </section>
  )
}

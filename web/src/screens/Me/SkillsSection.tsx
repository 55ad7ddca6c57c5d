import { useId } from 'react'
import { TableWrap } from '../../components/TableWrap.js'
import { SKILL_LEVELS, type Skill } from '../../core/index.js'
import type { SectionProps } from './section.js'

/** The skills inventory (have and want, with level) and what it says: strong, improve, acquire. */
export function SkillsSection({ p, set }: SectionProps) {
  const id = useId()
  const setSkill = (i: number, patch: Partial<Skill>) =>
    set({ skills: p.skills.map((s, k) => (k === i ? ({ ...s, ...patch } as Skill) : s)) })
  const strong = p.skills.filter(
    (s) => s.status === 'have' && (s.level === 'advanced' || s.level === 'expert'),
  )
  const improve = p.skills.filter(
    (s) => s.status === 'have' && s.level !== 'advanced' && s.level !== 'expert',
  )
  const acquire = p.skills.filter((s) => s.status === 'want')
  return (
    <section className="card" aria-labelledby={`${id}-skills`}>
      <h2 id={`${id}-skills`}>Skills: have and want</h2>
      <TableWrap label="Your skills">
        <table className="skills-table">
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Have or want</th>
              <th scope="col">Level</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {p.skills.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional while editing
              <tr key={i}>
                <td>
                  <input
                    type="text"
                    aria-label={`Skill ${i + 1} name`}
                    value={s.name}
                    onChange={(e) => setSkill(i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Skill ${i + 1}: have or want`}
                    value={s.status}
                    onChange={(e) => setSkill(i, { status: e.target.value as Skill['status'] })}
                  >
                    <option value="have">I have it</option>
                    <option value="want">I want it</option>
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Skill ${i + 1} level`}
                    value={s.level ?? ''}
                    onChange={(e) => {
                      const v = e.target.value as Skill['level'] | ''
                      const { level: _drop, ...rest } = s
                      set({
                        skills: p.skills.map((x, k) =>
                          k === i ? (v ? { ...rest, level: v } : rest) : x,
                        ),
                      })
                    }}
                  >
                    <option value="">Not set</option>
                    {SKILL_LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {l}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Remove skill ${s.name || i + 1}`}
                    onClick={() => set({ skills: p.skills.filter((_, k) => k !== i) })}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => set({ skills: [...p.skills, { name: '', status: 'have' }] })}
        >
          Add a skill
        </button>
      </div>
      <div className="grid-2" aria-live="polite">
        <div>
          <h3>Strong in</h3>
          <p>
            {strong.map((s) => s.name).join(', ') || 'Mark skills you have at advanced or expert.'}
          </p>
        </div>
        <div>
          <h3>Must improve</h3>
          <p>{improve.map((s) => s.name).join(', ') || '—'}</p>
        </div>
        <div>
          <h3>Must acquire</h3>
          <p>{acquire.map((s) => s.name).join(', ') || 'Add skills you want.'}</p>
        </div>
      </div>
    </section>
  )
}

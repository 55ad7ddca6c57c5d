import { useId, useState } from 'react'
import {
  type Profile,
  profileSchema,
  SKILL_LEVELS,
  type Skill,
} from '../../../../src/core/contracts/profile.js'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { LinesField } from '../../components/LinesField.js'
import { TableWrap } from '../../components/TableWrap.js'
import { useAsync } from '../../hooks/useAsync.js'
import { importJsonResume } from './jsonResume.js'

/** Step 1: the self-assessment, skills inventory, JSON Resume import, career change. */
export function MeScreen() {
  const loaded = useAsync(() => api.profile.get())
  return (
    <>
      <h1 tabIndex={-1}>1. Me</h1>
      <p className="muted">
        Take stock of where you are and where you want to go. Everything here stays yours.
      </p>
      {loaded.loading ? <Busy label="Loading your profile…" /> : null}
      <ErrorNote error={loaded.error} what="load your profile" />
      {loaded.data ? (
        <ProfileForm
          key={loaded.data.updatedAt ?? 'new'}
          initial={profileSchema.parse(loaded.data)}
        />
      ) : null}
    </>
  )
}

function ProfileForm({ initial }: { initial: Profile }) {
  const [p, setP] = useState<Profile>(initial)
  const [formKey, setFormKey] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error>()
  const [saved, setSaved] = useState(false)
  const [importError, setImportError] = useState<Error>()
  const [importNote, setImportNote] = useState('')
  const [resumeText, setResumeText] = useState('')
  const id = useId()
  const set = (patch: Partial<Profile>) => {
    setSaved(false)
    setP((prev) => ({ ...prev, ...patch }))
  }
  const save = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const parsed = profileSchema.safeParse(p)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new Error(
          `${issue?.path.join(' › ') || 'A field'}: ${issue?.message ?? 'is not valid'}. Fix it and save again.`,
        )
      }
      await api.profile.put(parsed.data)
      setSaved(true)
    } catch (err) {
      setError(err as Error)
    } finally {
      setBusy(false)
    }
  }
  const doImport = (text: string) => {
    setImportError(undefined)
    try {
      const next = importJsonResume(text, p)
      const added = next.skills.length - p.skills.length
      setP(next)
      setFormKey((k) => k + 1)
      setImportNote(
        `Imported: ${added} skill${added === 1 ? '' : 's'}, ${next.experience.length - p.experience.length} role(s). Review, then save.`,
      )
    } catch (err) {
      setImportError(err as Error)
    }
  }
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
    <form
      key={formKey}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
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
            if (file.size > 2_000_000) {
              setImportError(new Error('That file is over 2 MB: a resume should be far smaller.'))
              return
            }
            file.text().then(doImport, (err: unknown) => setImportError(err as Error))
          }}
        />
        <label htmlFor={`${id}-paste`}>…or paste it</label>
        <textarea
          id={`${id}-paste`}
          rows={3}
          value={resumeText}
          onChange={(e) => setResumeText(e.target.value)}
        />
        <div className="actions">
          <button type="button" className="secondary" onClick={() => doImport(resumeText)}>
            Import pasted resume
          </button>
        </div>
        <ErrorNote error={importError} what="import the resume" />
        {importNote ? (
          <p role="status" className="ok">
            {importNote}
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby={`${id}-about`}>
        <h2 id={`${id}-about`}>About you</h2>
        <div className="grid-2">
          <div>
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              type="text"
              autoComplete="name"
              value={p.name ?? ''}
              onChange={(e) => set({ name: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor={`${id}-role`}>Current role</label>
            <input
              id={`${id}-role`}
              type="text"
              value={p.currentRole ?? ''}
              onChange={(e) => set({ currentRole: e.target.value })}
            />
          </div>
        </div>
        <div className="grid-2">
          <LinesField
            label="Passions"
            hint="What you love doing. One per line."
            value={p.passions}
            onChange={(passions) => set({ passions })}
          />
          <LinesField
            label="Values"
            hint="What matters to you at work. One per line."
            value={p.values}
            onChange={(values) => set({ values })}
          />
          <LinesField
            label="Aspirations (5 to 10 years)"
            hint="Where you want to be, in your own words. One per line."
            value={p.aspirations}
            onChange={(aspirations) => set({ aspirations })}
          />
          <LinesField
            label="Resources and support"
            hint="Mentors, courses, time, money. One per line."
            value={p.resources}
            onChange={(resources) => set({ resources })}
          />
          <LinesField
            label="People you admire"
            hint="One per line, as “Name: why”."
            value={p.admired.map((a) => (a.why ? `${a.name}: ${a.why}` : a.name))}
            onChange={(lines) =>
              set({
                admired: lines.slice(0, 20).map((l) => {
                  const [name = '', ...why] = l.split(':')
                  const w = why.join(':').trim()
                  return w ? { name: name.trim() || l, why: w } : { name: name.trim() || l }
                }),
              })
            }
          />
        </div>
      </section>

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
              {strong.map((s) => s.name).join(', ') ||
                'Mark skills you have at advanced or expert.'}
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

      <section className="card" aria-labelledby={`${id}-change`}>
        <h2 id={`${id}-change`}>Career change</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={p.careerChange !== undefined}
            onChange={(e) => {
              if (e.target.checked)
                set({ careerChange: { from: '', to: '', transferableSkills: [], preparation: [] } })
              else {
                const { careerChange: _drop, ...rest } = p
                setP(rest as Profile)
                setSaved(false)
              }
            }}
          />
          I am changing careers (adds the career-change checks to the critique and drafts)
        </label>
        {p.careerChange ? (
          <div className="grid-2">
            <div>
              <label htmlFor={`${id}-from`}>From field</label>
              <input
                id={`${id}-from`}
                type="text"
                required
                value={p.careerChange.from}
                onChange={(e) =>
                  set({ careerChange: { ...(p.careerChange ?? chg()), from: e.target.value } })
                }
              />
            </div>
            <div>
              <label htmlFor={`${id}-to`}>To field</label>
              <input
                id={`${id}-to`}
                type="text"
                required
                value={p.careerChange.to}
                onChange={(e) =>
                  set({ careerChange: { ...(p.careerChange ?? chg()), to: e.target.value } })
                }
              />
            </div>
            <div>
              <label htmlFor={`${id}-why`}>Why you are changing</label>
              <textarea
                id={`${id}-why`}
                rows={3}
                value={p.careerChange.reason ?? ''}
                onChange={(e) =>
                  set({ careerChange: { ...(p.careerChange ?? chg()), reason: e.target.value } })
                }
              />
            </div>
            <LinesField
              label="Transferable skills"
              value={p.careerChange.transferableSkills}
              onChange={(transferableSkills) =>
                set({ careerChange: { ...(p.careerChange ?? chg()), transferableSkills } })
              }
            />
            <LinesField
              label="Preparation"
              hint="Courses, certifications, side projects. One per line."
              value={p.careerChange.preparation}
              onChange={(preparation) =>
                set({ careerChange: { ...(p.careerChange ?? chg()), preparation } })
              }
            />
          </div>
        ) : null}
      </section>

      <div className="actions">
        <button type="submit" disabled={busy}>
          Save profile
        </button>
        {busy ? <Busy label="Saving…" /> : null}
        {saved ? (
          <span role="status" className="ok">
            Saved. Next: <a href="#/goals">write your goals</a>.
          </span>
        ) : null}
      </div>
      <ErrorNote error={error} what="save your profile" />
    </form>
  )
}

const chg = () => ({ from: '', to: '', transferableSkills: [], preparation: [] })

import { Fragment, useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { type Profile, profileSchema } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { AboutYou } from './AboutYou.js'
import { CareerChangeSection } from './CareerChangeSection.js'
import { ResumeImport } from './ResumeImport.js'
import { SkillsSection } from './SkillsSection.js'

/** The self-assessment as one form of sections, saved together. */
export function ProfileForm({ initial }: { initial: Profile }) {
  const [p, setP] = useState<Profile>(initial)
  // The line fields keep their own text while typing: an import remounts them with the new lists.
  const [formKey, setFormKey] = useState(0)
  const [dirty, setDirty] = useState(false)
  const replace = (next: Profile) => {
    setDirty(true)
    setP(next)
  }
  const set = (patch: Partial<Profile>) => {
    setDirty(true)
    setP((prev) => ({ ...prev, ...patch }))
  }
  const save = useAction(async () => {
    const parsed = profileSchema.safeParse(p)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new Error(
        `${issue?.path.join(' › ') || 'A field'}: ${issue?.message ?? 'is not valid'}. Fix it and save again.`,
      )
    }
    await api.profile.put(parsed.data)
    setDirty(false)
  })
  const sections = { p, set, replace }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void save.run()
      }}
    >
      <ResumeImport
        p={p}
        onImported={(next) => {
          replace(next)
          setFormKey((k) => k + 1)
        }}
      />
      <Fragment key={formKey}>
        <AboutYou {...sections} />
        <SkillsSection {...sections} />
        <CareerChangeSection {...sections} />
      </Fragment>
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          Save profile
        </button>
        {save.busy ? <Busy label="Saving…" /> : null}
        {save.done && !dirty ? (
          <span role="status" className="ok">
            Saved. Next: <a href="#/goals">write your goals</a>.
          </span>
        ) : null}
      </div>
      <ErrorNote error={save.error} what="save your profile" />
    </form>
  )
}

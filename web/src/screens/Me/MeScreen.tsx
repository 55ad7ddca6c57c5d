import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { profileSchema } from '../../core/index.js'
import { useAsync } from '../../hooks/useAsync.js'
import { ProfileForm } from './ProfileForm.js'

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

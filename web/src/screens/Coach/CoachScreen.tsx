import { useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { useAsync } from '../../hooks/useAsync.js'
import { StudentView } from './StudentView.js'

/**
 * A coach's view (server mode): the students who invited this account, and one
 * student's work, read-only. There are no edit controls here, and the server
 * refuses a coach's writes anyway (test/server/accounts.test.ts).
 */
export function CoachScreen({ server }: { server: boolean }) {
  if (!server) {
    return (
      <>
        <h1 tabIndex={-1}>Coaching</h1>
        <p className="notice">
          Coaching needs accounts: it works when headway runs as a server for several people
          (HEADWAY_MODE=server). Here, in local mode, share your work by downloading your data on
          the Your data page.
        </p>
      </>
    )
  }
  return <Students />
}

function Students() {
  const students = useAsync(() => api.coach.students())
  const [chosen, setChosen] = useState<string>()
  const list = students.data ?? []
  const current = list.find((s) => s.id === chosen) ?? list[0]
  return (
    <>
      <h1 tabIndex={-1}>Coaching</h1>
      <p>
        The people who invited you as their coach. You read their work; only they can change it.
      </p>
      {students.loading && !students.data ? <Busy label="Loading your students…" /> : null}
      <ErrorNote error={students.error} what="load your students" />
      {students.data && list.length === 0 ? (
        <p className="notice">
          Nobody has invited you yet. A student invites you from their Account page with the email
          you signed in with.
        </p>
      ) : null}
      {list.length > 1 ? (
        <>
          <label htmlFor="student">Student</label>
          <select id="student" value={current?.id} onChange={(e) => setChosen(e.target.value)}>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.email ?? s.id}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {current ? <StudentView key={current.id} student={current} /> : null}
    </>
  )
}

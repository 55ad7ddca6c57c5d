import { type FormEvent, useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { useAction } from '../../hooks/useAction.js'
import { useAsync } from '../../hooks/useAsync.js'

/** Server mode: let a coach read everything (read-only), and take it back. */
export function CoachInvitesSection() {
  const invites = useAsync(() => api.coach.invites())
  const [email, setEmail] = useState('')
  const invite = useAction(async () => {
    await api.coach.invite(email.trim())
    setEmail('')
    invites.reload()
  })
  const revoke = useAction(async (id: string) => {
    await api.coach.revoke(id)
    invites.reload()
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void invite.run()
  }
  return (
    <section className="card" aria-labelledby="coach-title">
      <h2 id="coach-title">Your coaches</h2>
      <p className="small muted">
        A coach you invite reads your prep sheets, answers with their critique and your practice,
        and can change nothing. They need a headway account here first.
      </p>
      {invites.loading && !invites.data ? <Busy label="Loading your coaches…" /> : null}
      <ErrorNote error={invites.error} what="load your coaches" />
      {invites.data?.length ? (
        <ul data-testid="coach-invites">
          {invites.data.map((i) => (
            <li key={i.id}>
              {i.coachEmail ?? 'a deleted account'}{' '}
              <span className="muted small">since {i.createdAt.slice(0, 10)}</span>{' '}
              <button
                type="button"
                className="link"
                disabled={revoke.busy}
                aria-label={`Revoke access for ${i.coachEmail ?? 'this coach'}`}
                onClick={() => revoke.run(i.id)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      ) : invites.data ? (
        <p className="muted">No coach can see your data.</p>
      ) : null}
      <ErrorNote error={revoke.error} what="revoke the access" />
      <form onSubmit={submit}>
        <label htmlFor="coach-email">Invite a coach by the email of their account</label>
        <div className="row">
          <input
            id="coach-email"
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <button type="submit" disabled={invite.busy}>
            Invite
          </button>
        </div>
      </form>
      <ErrorNote error={invite.error} what="invite the coach" />
    </section>
  )
}

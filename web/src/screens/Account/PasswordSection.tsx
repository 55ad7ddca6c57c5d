import { type FormEvent, useState } from 'react'
import { api, setCsrfToken } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { useAction } from '../../hooks/useAction.js'

/** Server mode: change the password; the server ends every other session. */
export function PasswordSection() {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const change = useAction(async () => {
    const me = await api.changePassword(current, next)
    setCsrfToken(me.csrfToken)
    setCurrent('')
    setNext('')
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void change.run()
  }
  return (
    <form className="card" onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      <label htmlFor="current-password">Current password</label>
      <input
        id="current-password"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <label htmlFor="new-password">
        New password
        <span className="hint">At least 10 characters, not your email.</span>
      </label>
      <input
        id="new-password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        value={next}
        onChange={(e) => setNext(e.target.value)}
      />
      <div className="actions">
        <button type="submit" disabled={change.busy}>
          Change password
        </button>
        {change.busy ? <Busy label="Changing…" /> : null}
      </div>
      <ErrorNote error={change.error} what="change the password" />
      {change.done ? (
        <p className="notice" role="status">
          Password changed. Every other session was signed out.
        </p>
      ) : null}
    </form>
  )
}

import { type FormEvent, useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import type { Me } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'

/** Server mode: sign up or log in before anything else (a coach signs in here too). */
export function SignInScreen({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [mode, setMode] = useState<'login' | 'signup'>('login')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const signIn = useAction(async () => {
    if (mode === 'signup') await api.signup(email, password)
    else await api.login(email, password)
    onSignedIn(await api.me())
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void signIn.run()
  }
  return (
    <main id="main" className="account-screen">
      <h1>headway</h1>
      <p>Prepare, practise and prove your answer to “What are your career goals?”</p>
      <form className="card" onSubmit={submit} aria-labelledby="account-title">
        <h2 id="account-title">{mode === 'signup' ? 'Create an account' : 'Log in'}</h2>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="password">
          Password
          {mode === 'signup' ? <span className="hint">At least 10 characters.</span> : null}
        </label>
        <input
          id="password"
          type="password"
          autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
          required
          minLength={mode === 'signup' ? 10 : 1}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorNote
          error={signIn.error}
          what={mode === 'signup' ? 'create the account' : 'log in'}
        />
        <div className="actions">
          <button type="submit" disabled={signIn.busy}>
            {mode === 'signup' ? 'Create account' : 'Log in'}
          </button>
          {signIn.busy ? <Busy label={mode === 'signup' ? 'Creating…' : 'Logging in…'} /> : null}
          <button
            type="button"
            className="link"
            onClick={() => setMode(mode === 'signup' ? 'login' : 'signup')}
          >
            {mode === 'signup' ? 'I have an account: log in' : 'New here? Create an account'}
          </button>
        </div>
      </form>
    </main>
  )
}

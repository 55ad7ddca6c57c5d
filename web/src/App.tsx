import { useEffect, useRef } from 'react'
import { api, SESSION_ENDED, setCsrfToken } from './api/client.js'
import { Busy } from './components/Busy.js'
import { ErrorNote } from './components/ErrorNote.js'
import { ScreenBoundary } from './components/ScreenBoundary.js'
import { UndoProvider } from './components/UndoToast.js'
import type { Me } from './core/index.js'
import { useAction } from './hooks/useAction.js'
import { useAsync } from './hooks/useAsync.js'
import { useProgress } from './hooks/useProgress.js'
import { type Route, STEPS, useRoute } from './hooks/useRoute.js'
import { AccountScreen } from './screens/Account/AccountScreen.js'
import { SignInScreen } from './screens/Account/SignInScreen.js'
import { AlignScreen } from './screens/Align/AlignScreen.js'
import { AnswerScreen } from './screens/Answer/AnswerScreen.js'
import { CoachScreen } from './screens/Coach/CoachScreen.js'
import { CompanyScreen } from './screens/Company/CompanyScreen.js'
import { GoalsScreen } from './screens/Goals/GoalsScreen.js'
import { HomeScreen } from './screens/Home/HomeScreen.js'
import { MeScreen } from './screens/Me/MeScreen.js'
import { PracticeScreen } from './screens/Practice/PracticeScreen.js'
import { PrepScreen } from './screens/Prep/PrepScreen.js'

const TITLES: Record<Route, string> = {
  home: 'Your path',
  me: 'Me',
  goals: 'Goals',
  company: 'Company',
  align: 'Align',
  answer: 'Answer',
  practice: 'Practice',
  prep: 'Prep sheet',
  account: 'Account',
  coach: 'Coaching',
}

/** The app: checks who is signed in, then shows the path's screens. */
export function App() {
  const me = useAsync(async () => {
    const value = await api.me()
    setCsrfToken(value.csrfToken)
    return value
  })
  const reload = me.reload
  useEffect(() => {
    window.addEventListener(SESSION_ENDED, reload)
    return () => window.removeEventListener(SESSION_ENDED, reload)
  }, [reload])
  if (me.loading && !me.data) {
    return (
      <main id="main">
        <Busy label="Opening headway…" />
      </main>
    )
  }
  if (me.error || !me.data) {
    return (
      <main id="main">
        <h1>headway</h1>
        <ErrorNote error={me.error} what="open headway" />
        <button type="button" onClick={me.reload}>
          Try again
        </button>
      </main>
    )
  }
  if (me.data.mode === 'server' && !me.data.person) {
    return (
      <SignInScreen
        onSignedIn={(value: Me) => {
          setCsrfToken(value.csrfToken)
          me.set(value)
        }}
      />
    )
  }
  return (
    <UndoProvider>
      <Shell me={me.data} onSignedOut={me.reload} />
    </UndoProvider>
  )
}

function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const route = useRoute()
  const progress = useProgress(route)
  // Signed out here whatever the server says: a failed logout still ends this session's screens.
  const logout = useAction(() =>
    api
      .logout()
      .catch(() => undefined)
      .finally(onSignedOut),
  )
  const heading = useRef<HTMLDivElement>(null)
  const first = useRef(true)
  useEffect(() => {
    document.title = `${TITLES[route]} · headway`
    // Move focus to the new screen for keyboard and screen-reader users (not on first load).
    if (first.current) first.current = false
    else heading.current?.querySelector('h1')?.focus()
    window.scrollTo(0, 0)
  }, [route])
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="sidebar">
        <a className="brand" href="#/">
          headway
        </a>
        <nav aria-label="The path">
          <ol className="steps">
            {STEPS.map((s) => (
              <li key={s.id} className={progress.data?.[s.id] ? 'done' : ''}>
                <a href={`#/${s.id}`} aria-current={route === s.id ? 'page' : undefined}>
                  <span className="num" aria-hidden="true">
                    {progress.data?.[s.id] ? '✓' : s.num}
                  </span>
                  <span className="label">
                    {s.label}
                    {progress.data?.[s.id] ? <span className="sr-only"> (done)</span> : null}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <nav aria-label="Account" className="account-links">
          <a href="#/account" aria-current={route === 'account' ? 'page' : undefined}>
            {me.mode === 'server' ? 'Account' : 'Your data'}
          </a>
          {me.mode === 'server' ? (
            <a href="#/coach" aria-current={route === 'coach' ? 'page' : undefined}>
              Coaching
            </a>
          ) : null}
        </nav>
        {me.mode === 'server' ? (
          <div className="account">
            <p>Signed in as {me.person?.email}</p>
            <button
              type="button"
              className="secondary"
              disabled={logout.busy}
              onClick={() => logout.run()}
            >
              {logout.busy ? 'Logging out…' : 'Log out'}
            </button>
          </div>
        ) : (
          <p className="account">Local mode: everything stays on this computer.</p>
        )}
      </header>
      <main id="main" ref={heading} tabIndex={-1}>
        <ScreenBoundary key={route}>
          {route === 'home' ? <HomeScreen progress={progress} /> : null}
          {route === 'me' ? <MeScreen /> : null}
          {route === 'goals' ? <GoalsScreen /> : null}
          {route === 'company' ? <CompanyScreen /> : null}
          {route === 'align' ? <AlignScreen /> : null}
          {route === 'answer' ? <AnswerScreen /> : null}
          {route === 'practice' ? <PracticeScreen /> : null}
          {route === 'prep' ? <PrepScreen /> : null}
          {route === 'account' ? (
            <AccountScreen
              me={me}
              onGone={() => {
                location.hash = '#/'
                onSignedOut()
              }}
            />
          ) : null}
          {route === 'coach' ? <CoachScreen server={me.mode === 'server'} /> : null}
        </ScreenBoundary>
      </main>
    </div>
  )
}

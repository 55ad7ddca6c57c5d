import type { Context } from 'hono'
import { LOCAL_PERSON_ID } from '../../store/repositories/people.js'
import type { LiveSession } from '../auth/session-cache.js'
import { currentSession } from '../auth/sessions.js'
import { ApiError } from '../errors.js'
import type { Deps, Route } from '../routes/route.js'

/** Who is asking, as the session step found it. */
export interface Asker {
  /** The person whose data this request reads and writes ('' on public routes without one). */
  owner: string
  /** The session's token hash in server mode, when there is a session. */
  sessionId: string | null
  /** The X-CSRF-Token this request must carry (the session's, or local mode's). */
  csrfToken: string | undefined
}

const NOBODY: Asker = { owner: '', sessionId: null, csrfToken: undefined }

function asker(found: LiveSession | undefined, route: Pick<Route, 'access'>): Asker {
  if (!found) {
    if (route.access === 'person') throw new ApiError('unauthorized', 'sign in first')
    return NOBODY
  }
  return { owner: found.personId, sessionId: found.id, csrfToken: found.csrfToken }
}

/**
 * Who is asking: local mode's one person, or the person of the session cookie in
 * server mode (looked up only when the route needs a person or a CSRF token). A route
 * for a person refuses a request without one (401). No promise unless the session has
 * to be read from the database (the cache answers most requests).
 */
export function whoIsAsking(
  c: Context,
  deps: Deps,
  route: Pick<Route, 'access' | 'csrf'>,
  now: Date,
): Asker | Promise<Asker> {
  if (deps.config.mode === 'local') {
    return { owner: LOCAL_PERSON_ID, sessionId: null, csrfToken: deps.localCsrfToken }
  }
  if (route.access !== 'person' && !route.csrf) return NOBODY
  const found = currentSession(c, deps.db, now, deps.sessions)
  return found instanceof Promise ? found.then((f) => asker(f, route)) : asker(found, route)
}

import type { MiddlewareHandler } from 'hono'
import { LOCAL_PERSON_ID } from '../../store/repositories/people.js'
import type { SessionCache } from '../auth/session-cache.js'
import { currentSession } from '../auth/sessions.js'
import { ApiError } from '../errors.js'
import type { Deps, Route } from '../routes/route.js'
import type { ApiEnv } from './state.js'

/**
 * Who is asking: local mode's one person, or the person of the session cookie in
 * server mode (looked up only when the route needs a person or a CSRF token). A route
 * for a person refuses a request without one (401).
 */
export function session(
  deps: Deps,
  sessions: SessionCache,
  route: Pick<Route, 'access' | 'csrf'>,
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const now = deps.clock.now()
    c.set('now', now)
    c.set('owner', '')
    c.set('sessionId', null)
    c.set('csrfToken', undefined)
    if (deps.config.mode === 'local') {
      c.set('owner', LOCAL_PERSON_ID)
      c.set('csrfToken', deps.localCsrfToken)
    } else if (route.access === 'person' || route.csrf) {
      const found = await currentSession(c, deps.db, now, sessions)
      if (found) {
        c.set('owner', found.personId)
        c.set('sessionId', found.id)
        c.set('csrfToken', found.csrfToken)
      }
    }
    if (route.access === 'person' && !c.get('owner')) {
      throw new ApiError('unauthorized', 'sign in first')
    }
    await next()
  }
}

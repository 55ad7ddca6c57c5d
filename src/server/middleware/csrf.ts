import { timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../errors.js'
import type { ApiEnv } from './state.js'

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * The X-CSRF-Token header must equal the token `session` found (local mode's, or the
 * session's). In server mode a request without a session has nothing to protect (log
 * out without being logged in), so it needs no token; routes for a person never get
 * here without one.
 */
export function csrf(mode: 'local' | 'server'): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const needsToken = mode === 'local' || c.get('owner') !== ''
    if (needsToken && !sameToken(c.req.header('x-csrf-token'), c.get('csrfToken'))) {
      throw new ApiError('csrf', 'missing or wrong X-CSRF-Token header: get it from /api/auth/me')
    }
    await next()
  }
}

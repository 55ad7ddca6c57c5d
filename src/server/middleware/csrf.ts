import { timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import { ApiError } from '../errors.js'
import type { Asker } from './session.js'

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * The X-CSRF-Token header must equal the token `whoIsAsking` found (local mode's, or
 * the session's). In server mode a request without a session has nothing to protect
 * (log out without being logged in), so it needs no token; routes for a person never
 * get here without one.
 */
export function checkCsrf(c: Context, mode: 'local' | 'server', asker: Asker): void {
  const needsToken = mode === 'local' || asker.owner !== ''
  if (needsToken && !sameToken(c.req.header('x-csrf-token'), asker.csrfToken)) {
    throw new ApiError('csrf', 'missing or wrong X-CSRF-Token header: get it from /api/auth/me')
  }
}

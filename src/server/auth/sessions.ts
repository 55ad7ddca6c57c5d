import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Kysely } from 'kysely'
import type { Database } from '../../store/database.js'
import { createSession, deleteSession, findSession } from '../../store/repositories/sessions.js'
import type { ServerConfig } from '../config.js'

/**
 * Sessions live in the database. The cookie holds a random token; the database
 * holds only its SHA-256, so a leaked database does not leak live sessions. Each
 * session has its own CSRF token, returned to the page by /api/auth/me.
 */

export const SESSION_COOKIE = 'headway_session'

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')
export const randomToken = () => randomBytes(32).toString('base64url')

export async function startSession(
  c: Context,
  db: Kysely<Database>,
  config: ServerConfig,
  personId: string,
  now: Date,
): Promise<{ csrfToken: string }> {
  const token = randomToken()
  const csrfToken = randomToken()
  const expires = new Date(now.getTime() + config.sessionDays * 86_400_000)
  await createSession(db, {
    id: tokenHash(token),
    person_id: personId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    expires_at: expires.toISOString(),
  })
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: config.secureCookies,
    path: '/',
    maxAge: config.sessionDays * 86_400,
  })
  return { csrfToken }
}

/** The live session of this request, if any: `{ id (token hash), personId, csrfToken }`. */
export async function currentSession(c: Context, db: Kysely<Database>, now: Date) {
  const token = getCookie(c, SESSION_COOKIE)
  if (!token || token.length > 200) return undefined
  const session = await findSession(db, tokenHash(token), now.toISOString())
  return session
    ? { id: session.id, personId: session.person_id, csrfToken: session.csrf_token }
    : undefined
}

/** Delete the session this browser presents, if any (before a new one is started). */
export async function dropSession(c: Context, db: Kysely<Database>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE)
  if (token && token.length <= 200) await deleteSession(db, tokenHash(token))
}

/** End this browser's session (if any) and clear its cookie. */
export async function endSession(c: Context, db: Kysely<Database>, config: ServerConfig) {
  await dropSession(c, db)
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: config.secureCookies })
}

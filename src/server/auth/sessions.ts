import * as crypto from 'node:crypto'
import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Kysely } from 'kysely'
import type { Database } from '../../store/database.js'
import {
  createSession,
  deleteSession,
  deleteSessionsOf,
  findSession,
} from '../../store/repositories/sessions.js'
import type { ServerConfig } from '../config.js'
import type { LiveSession, SessionCache } from './session-cache.js'

/**
 * Sessions live in the database. The cookie holds a random token; the database
 * holds only its SHA-256, so a leaked database does not leak live sessions. Each
 * session has its own CSRF token, returned to the page by /api/auth/me. A process
 * keeps the sessions it looked up for a moment (session-cache.ts).
 */

export const SESSION_COOKIE = 'headway_session'

// crypto.hash (Node 20.12+) hashes in one call, without a Hash object per request.
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash
export const tokenHash = (token: string): string =>
  oneShot ? oneShot('sha256', token) : createHash('sha256').update(token).digest('hex')
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

/** The hash of the session token this browser presents, if it presents a plausible one. */
function presentedId(c: Context): string | undefined {
  const token = getCookie(c, SESSION_COOKIE)
  return token && token.length <= 200 ? tokenHash(token) : undefined
}

/**
 * The live session of this request, if any: `{ id (token hash), personId, csrfToken }`.
 * Without a promise when there is no cookie or the session is cached (most requests).
 */
export function currentSession(
  c: Context,
  db: Kysely<Database>,
  now: Date,
  cache?: SessionCache,
): LiveSession | undefined | Promise<LiveSession | undefined> {
  const id = presentedId(c)
  if (!id) return undefined
  const load = () => storedSession(db, id, now)
  return cache ? cache.lookup(id, now.getTime(), load) : load()
}

async function storedSession(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<LiveSession | undefined> {
  const row = await findSession(db, id, now.toISOString())
  if (!row) return undefined
  return {
    id: row.id,
    personId: row.person_id,
    csrfToken: row.csrf_token,
    expiresAt: Date.parse(row.expires_at),
  }
}

/** Delete the session this browser presents, if any (before a new one is started). */
export async function dropSession(
  c: Context,
  db: Kysely<Database>,
  cache?: SessionCache,
): Promise<void> {
  const id = presentedId(c)
  if (!id) return
  await deleteSession(db, id)
  cache?.forget(id)
}

/** End this browser's session (if any) and clear its cookie. */
export async function endSession(
  c: Context,
  db: Kysely<Database>,
  config: ServerConfig,
  cache?: SessionCache,
) {
  await dropSession(c, db, cache)
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: config.secureCookies })
}

/** End every session of a person (a password change). */
export async function endSessionsOf(
  db: Kysely<Database>,
  personId: string,
  cache?: SessionCache,
): Promise<void> {
  await deleteSessionsOf(db, personId)
  cache?.forgetPerson(personId)
}

import type { Kysely } from 'kysely'
import type { Database, SessionTable } from '../database.js'

type Db = Kysely<Database>
export type Session = SessionTable

/** `id` is the hash of the cookie token, never the token. */
export async function createSession(db: Db, session: Session): Promise<void> {
  await db.insertInto('session').values(session).execute()
}

/** A live session by token hash; expired ones are not returned. */
export function findSession(db: Db, id: string, now: string): Promise<Session | undefined> {
  return db
    .selectFrom('session')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst()
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute()
}

export async function deleteSessionsOf(db: Db, personId: string): Promise<void> {
  await db.deleteFrom('session').where('person_id', '=', personId).execute()
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('session').where('expires_at', '<=', now).execute()
}

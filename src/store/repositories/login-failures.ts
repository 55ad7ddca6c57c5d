import type { Kysely } from 'kysely'
import type { Database } from '../database.js'

type Db = Kysely<Database>

/**
 * Rate-limited events by key (failed log-ins per account and address, sign-ups per
 * address), kept in the database (not in memory) so the limits hold across
 * processes and restarts.
 */
export async function recordFailure(db: Db, keys: string[], at: string): Promise<void> {
  if (keys.length === 0) return
  await db
    .insertInto('login_failure')
    .values(keys.map((key) => ({ key, at })))
    .execute()
}

/** Failures per key since `since`, with the oldest of them (for Retry-After). */
export async function countFailures(
  db: Db,
  key: string,
  since: string,
): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .selectFrom('login_failure')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirstOrThrow()
  return { count: Number(row.n), oldest: (row.oldest as string | null) ?? null }
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failure').where('key', '=', key).execute()
}

export async function pruneFailures(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_failure').where('at', '<=', before).execute()
}

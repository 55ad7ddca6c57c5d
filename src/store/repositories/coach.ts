import type { Kysely } from 'kysely'
import type { Database } from '../database.js'

type Db = Kysely<Database>

export interface Invite {
  id: string
  coachId: string
  coachEmail: string | null
  createdAt: string
}

export interface Student {
  id: string
  email: string | null
  invitedAt: string
}

/** Invite a coach (idempotent: the same coach twice gives the first invite back). */
export async function createInvite(
  db: Db,
  ownerId: string,
  invite: { id: string; coachId: string; now: string },
): Promise<Invite> {
  await db
    .insertInto('coach_link')
    .values({ owner_id: ownerId, id: invite.id, coach_id: invite.coachId, created_at: invite.now })
    .onConflict((oc) => oc.columns(['owner_id', 'coach_id']).doNothing())
    .execute()
  const all = await listInvites(db, ownerId)
  const found = all.find((i) => i.coachId === invite.coachId)
  if (!found) throw new Error('invite vanished')
  return found
}

export async function listInvites(db: Db, ownerId: string): Promise<Invite[]> {
  const rows = await db
    .selectFrom('coach_link')
    .leftJoin('person', 'person.id', 'coach_link.coach_id')
    .select([
      'coach_link.id as id',
      'coach_link.coach_id as coachId',
      'person.email as coachEmail',
      'coach_link.created_at as createdAt',
    ])
    .where('coach_link.owner_id', '=', ownerId)
    .orderBy('coach_link.created_at', 'asc')
    .execute()
  return rows.map((r) => ({ ...r, coachEmail: r.coachEmail ?? null }))
}

export async function deleteInvite(db: Db, ownerId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('coach_link')
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numDeletedRows > 0n
}

/** The students who invited this coach. */
export async function listStudents(db: Db, coachId: string): Promise<Student[]> {
  const rows = await db
    .selectFrom('coach_link')
    .innerJoin('person', 'person.id', 'coach_link.owner_id')
    .select(['person.id as id', 'person.email as email', 'coach_link.created_at as invitedAt'])
    .where('coach_link.coach_id', '=', coachId)
    .orderBy('person.email', 'asc')
    .execute()
  return rows
}

export async function isCoachOf(db: Db, coachId: string, studentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('coach_link')
    .select('id')
    .where('coach_id', '=', coachId)
    .where('owner_id', '=', studentId)
    .executeTakeFirst()
  return row !== undefined
}

/** Drop every link of a person, as student and as coach (account deletion). */
export async function deleteLinksOf(db: Db, personId: string): Promise<void> {
  await db
    .deleteFrom('coach_link')
    .where((eb) => eb.or([eb('owner_id', '=', personId), eb('coach_id', '=', personId)]))
    .execute()
}

import type { Kysely } from 'kysely'
import type { Database, PersonTable } from '../database.js'

type Db = Kysely<Database>

export type Person = PersonTable

/** The implicit person of local mode. */
export const LOCAL_PERSON_ID = 'local'

export async function ensureLocalPerson(db: Db, now: string): Promise<void> {
  await db
    .insertInto('person')
    .values({
      id: LOCAL_PERSON_ID,
      email: null,
      password_hash: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

/** Undefined when the email is already taken. */
export async function createPerson(
  db: Db,
  person: { id: string; email: string; passwordHash: string; now: string },
): Promise<Person | undefined> {
  const row: Person = {
    id: person.id,
    email: person.email.toLowerCase(),
    password_hash: person.passwordHash,
    created_at: person.now,
    updated_at: person.now,
  }
  const result = await db
    .insertInto('person')
    .values(row)
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0 ? row : undefined
}

export function findPersonByEmail(db: Db, email: string): Promise<Person | undefined> {
  return db
    .selectFrom('person')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst()
}

export function getPerson(db: Db, id: string): Promise<Person | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function setPasswordHash(
  db: Db,
  id: string,
  passwordHash: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('person')
    .set({ password_hash: passwordHash, updated_at: now })
    .where('id', '=', id)
    .execute()
}

export async function deletePerson(db: Db, id: string): Promise<void> {
  await db.deleteFrom('person').where('id', '=', id).execute()
}

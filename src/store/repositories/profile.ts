import type { Kysely } from 'kysely'
import type { StoredProfile } from '../../core/contracts/entities.js'
import { type Profile, profileSchema } from '../../core/contracts/profile.js'
import type { Database } from '../database.js'

type Db = Kysely<Database>

/** The person's profile; an empty one (updatedAt null) before the first save. */
export async function getProfile(db: Db, ownerId: string): Promise<StoredProfile> {
  const row = await db
    .selectFrom('profile')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .executeTakeFirst()
  if (!row) return { ...profileSchema.parse({}), updatedAt: null }
  return { ...(JSON.parse(row.data) as Profile), updatedAt: row.updated_at }
}

export async function putProfile(
  db: Db,
  ownerId: string,
  profile: Profile,
  now: string,
): Promise<StoredProfile> {
  const data = JSON.stringify(profile)
  await db
    .insertInto('profile')
    .values({ owner_id: ownerId, data, updated_at: now })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ data, updated_at: now }))
    .execute()
  return { ...profile, updatedAt: now }
}

export async function deleteProfile(db: Db, ownerId: string): Promise<void> {
  await db.deleteFrom('profile').where('owner_id', '=', ownerId).execute()
}

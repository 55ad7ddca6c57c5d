import type { Kysely } from 'kysely'
import type { CollectionName } from '../collections.js'
import type { Database, DocumentTable, DocumentTableName } from '../database.js'

/**
 * Undo for deletions. A deletion records every row it removed (the object and its
 * children) and every reference it cleared, as one bundle; restoring puts back those
 * rows exactly (ids, times, content) and re-links the references that are still
 * clear. Bundles live for UNDO_WINDOW_MS, then any later deletion purges them.
 */

type Db = Kysely<Database>
type Table = 'goal'

/** How long a deleted object can be restored (docs/RELIABILITY.md). */
export const UNDO_WINDOW_MS = 10 * 60 * 1000

export interface RemovedRow {
  table: DocumentTableName
  row: DocumentTable
}

/** A reference the deletion cleared: `table` row `id` pointed at `parentId` since `updatedAt`. */
export interface ClearedLink {
  table: DocumentTableName
  id: string
  parentId: string
  updatedAt: string
}

export interface DeletedBundle {
  removed: RemovedRow[]
  cleared: ClearedLink[]
}

export type RestoreOutcome =
  | { status: 'restored' }
  | { status: 'not-found' }
  | { status: 'conflict'; table: DocumentTableName; id: string }

export async function selectRows(
  db: Db,
  table: DocumentTableName,
  ownerId: string,
  where: { id?: string; parentId?: string },
): Promise<DocumentTable[]> {
  let query = db
    .selectFrom(table as Table)
    .selectAll()
    .where('owner_id', '=', ownerId)
  if (where.id !== undefined) query = query.where('id', '=', where.id)
  if (where.parentId !== undefined) query = query.where('parent_id', '=', where.parentId)
  return query.execute()
}

/** Keep a bundle for undo, replacing an older one for the same object. */
export async function keepDeleted(
  db: Db,
  ownerId: string,
  collection: CollectionName,
  id: string,
  bundle: DeletedBundle,
  now: string,
): Promise<void> {
  await purgeExpired(db, now)
  await db
    .deleteFrom('deleted_item')
    .where('owner_id', '=', ownerId)
    .where('collection', '=', collection)
    .where('id', '=', id)
    .execute()
  await db
    .insertInto('deleted_item')
    .values({ owner_id: ownerId, collection, id, deleted_at: now, data: JSON.stringify(bundle) })
    .execute()
}

/** Drop every bundle past the window, whoever owns it. */
export async function purgeExpired(db: Db, now: string): Promise<void> {
  const cutoff = new Date(Date.parse(now) - UNDO_WINDOW_MS).toISOString()
  await db.deleteFrom('deleted_item').where('deleted_at', '<', cutoff).execute()
}

/** Drop every bundle of one person (account deletion, import with replace). */
export async function deleteTrashOf(db: Db, ownerId: string): Promise<void> {
  await db.deleteFrom('deleted_item').where('owner_id', '=', ownerId).execute()
}

async function rowExists(db: Db, table: DocumentTableName, ownerId: string, id: string) {
  return (await selectRows(db, table, ownerId, { id })).length > 0
}

/**
 * Put a deleted object back with everything that went with it, in one transaction.
 * A parent that is gone meanwhile leaves the restored row unlinked (as deleting that
 * parent would have); an id taken meanwhile (an import) is a conflict and changes nothing.
 */
export function restoreDeleted(
  db: Db,
  ownerId: string,
  collection: CollectionName,
  id: string,
  parentTables: Partial<Record<DocumentTableName, DocumentTableName>>,
  now: string,
): Promise<RestoreOutcome> {
  return db.transaction().execute(async (trx): Promise<RestoreOutcome> => {
    const cutoff = new Date(Date.parse(now) - UNDO_WINDOW_MS).toISOString()
    const kept = await trx
      .selectFrom('deleted_item')
      .select(['data', 'deleted_at'])
      .where('owner_id', '=', ownerId)
      .where('collection', '=', collection)
      .where('id', '=', id)
      .executeTakeFirst()
    if (!kept || kept.deleted_at < cutoff) return { status: 'not-found' }
    const bundle = JSON.parse(kept.data) as DeletedBundle
    for (const { table, row } of bundle.removed) {
      if (await rowExists(trx, table, ownerId, row.id))
        return { status: 'conflict', table, id: row.id }
    }
    for (const { table, row } of bundle.removed) {
      const parentTable = parentTables[table]
      const parentKept =
        row.parent_id === null ||
        !parentTable ||
        bundle.removed.some((r) => r.table === parentTable && r.row.id === row.parent_id) ||
        (await rowExists(trx, parentTable, ownerId, row.parent_id))
      await trx
        .insertInto(table as Table)
        .values({ ...row, owner_id: ownerId, parent_id: parentKept ? row.parent_id : null })
        .execute()
    }
    for (const link of bundle.cleared) {
      await trx
        .updateTable(link.table as Table)
        .set({ parent_id: link.parentId, updated_at: link.updatedAt })
        .where('owner_id', '=', ownerId)
        .where('id', '=', link.id)
        .where('parent_id', 'is', null)
        .execute()
    }
    await trx
      .deleteFrom('deleted_item')
      .where('owner_id', '=', ownerId)
      .where('collection', '=', collection)
      .where('id', '=', id)
      .execute()
    return { status: 'restored' }
  })
}

import type { Kysely } from 'kysely'
import type { CollectionSpec } from '../collections.js'
import type { Database, DocumentTable } from '../database.js'

/**
 * Owner-scoped CRUD over the document tables. Every function takes the owner and
 * every query filters on it: there is no way to reach another person's row.
 * Callers pass `db` or a transaction, and make ids and times themselves.
 */

type Db = Kysely<Database>
// All document tables share one row shape; a single name keeps Kysely's types simple.
type Table = 'goal'

/** A stored document as the API shows it: its content plus id and times. */
export type Doc = Record<string, unknown> & { id: string; createdAt: string; updatedAt: string }

const META = ['id', 'createdAt', 'updatedAt'] as const

function toRow(spec: CollectionSpec, ownerId: string, doc: Record<string, unknown>): DocumentTable {
  const data: Record<string, unknown> = { ...doc }
  for (const key of META) delete data[key]
  let parentId: string | null = null
  if (spec.parent) {
    const value = data[spec.parent.field]
    parentId = typeof value === 'string' ? value : null
    delete data[spec.parent.field]
  }
  return {
    owner_id: ownerId,
    id: String(doc.id),
    parent_id: parentId,
    created_at: String(doc.createdAt),
    updated_at: String(doc.updatedAt ?? doc.createdAt),
    data: JSON.stringify(data),
  }
}

function fromRow(spec: CollectionSpec, row: DocumentTable): Doc {
  const doc: Record<string, unknown> = {
    id: row.id,
    ...(JSON.parse(row.data) as Record<string, unknown>),
  }
  if (spec.parent && row.parent_id !== null) doc[spec.parent.field] = row.parent_id
  doc.createdAt = row.created_at
  doc.updatedAt = row.updated_at
  return doc as Doc
}

/** Newest first. */
export async function listDocuments(
  db: Db,
  spec: CollectionSpec,
  ownerId: string,
  filter: { parentId?: string } = {},
): Promise<Doc[]> {
  let query = db
    .selectFrom(spec.table as Table)
    .selectAll()
    .where('owner_id', '=', ownerId)
  if (filter.parentId !== undefined) query = query.where('parent_id', '=', filter.parentId)
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute()
  return rows.map((row) => fromRow(spec, row))
}

export async function getDocument(
  db: Db,
  spec: CollectionSpec,
  ownerId: string,
  id: string,
): Promise<Doc | undefined> {
  const row = await db
    .selectFrom(spec.table as Table)
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? fromRow(spec, row) : undefined
}

export async function documentExists(
  db: Db,
  table: CollectionSpec['table'],
  ownerId: string,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(table as Table)
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst()
  return row !== undefined
}

/** Insert a whole stored document (`id`, `createdAt`, `updatedAt` included). */
export async function insertDocument(
  db: Db,
  spec: CollectionSpec,
  ownerId: string,
  doc: Record<string, unknown>,
): Promise<Doc> {
  const row = toRow(spec, ownerId, doc)
  await db
    .insertInto(spec.table as Table)
    .values(row)
    .execute()
  return fromRow(spec, row)
}

/** Replace a document's content, keeping its id and creation time. Undefined when absent. */
export async function replaceDocument(
  db: Db,
  spec: CollectionSpec,
  ownerId: string,
  id: string,
  content: Record<string, unknown>,
  updatedAt: string,
): Promise<Doc | undefined> {
  const current = await db
    .selectFrom(spec.table as Table)
    .select('created_at')
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst()
  if (!current) return undefined
  const row = toRow(spec, ownerId, { ...content, id, createdAt: current.created_at, updatedAt })
  await db
    .updateTable(spec.table as Table)
    .set({ data: row.data, parent_id: row.parent_id, updated_at: updatedAt })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute()
  return fromRow(spec, row)
}

export async function deleteDocument(
  db: Db,
  spec: CollectionSpec,
  ownerId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom(spec.table as Table)
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numDeletedRows > 0n
}

/** Drop a reference (`parent_id`) from every document of the owner that points at `parentId`. */
export async function clearParent(
  db: Db,
  table: CollectionSpec['table'],
  ownerId: string,
  parentId: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable(table as Table)
    .set({ parent_id: null, updated_at: updatedAt })
    .where('owner_id', '=', ownerId)
    .where('parent_id', '=', parentId)
    .execute()
}

export async function deleteChildren(
  db: Db,
  table: CollectionSpec['table'],
  ownerId: string,
  parentId: string,
): Promise<void> {
  await db
    .deleteFrom(table as Table)
    .where('owner_id', '=', ownerId)
    .where('parent_id', '=', parentId)
    .execute()
}

export async function countDocuments(
  db: Db,
  table: CollectionSpec['table'],
  ownerId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table as Table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

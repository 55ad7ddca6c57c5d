import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { answerVersions, type CollectionName, collections } from '../collections.js'
import type { Database, DocumentTableName } from '../database.js'
import { MissingReferenceError } from '../errors.js'
import {
  clearParent,
  type Doc,
  deleteChildren,
  deleteDocument,
  documentExists,
  getDocument,
  insertDocument,
  listDocuments,
  replaceDocument,
} from './documents.js'
import {
  type DeletedBundle,
  keepDeleted,
  type RestoreOutcome,
  restoreDeleted,
  selectRows,
} from './trash.js'

/**
 * The stored entities with their rules: references must point at the same owner's
 * objects, and deleting an object tidies what pointed at it, in one transaction.
 */

type Db = Kysely<Database>
export type Stored<N extends CollectionName> = z.infer<(typeof collections)[N]['stored']>
export interface Made {
  id: string
  now: string
}

async function checkReference(
  db: Db,
  name: CollectionName,
  ownerId: string,
  content: Record<string, unknown>,
): Promise<void> {
  const parent = collections[name].parent
  if (!parent) return
  const ref = content[parent.field]
  if (typeof ref !== 'string') return
  if (!(await documentExists(db, parent.table, ownerId, ref))) {
    throw new MissingReferenceError(parent.field)
  }
}

export function listEntities<N extends CollectionName>(
  db: Db,
  name: N,
  ownerId: string,
): Promise<Stored<N>[]> {
  return listDocuments(db, collections[name], ownerId) as Promise<Stored<N>[]>
}

export function getEntity<N extends CollectionName>(
  db: Db,
  name: N,
  ownerId: string,
  id: string,
): Promise<Stored<N> | undefined> {
  return getDocument(db, collections[name], ownerId, id) as Promise<Stored<N> | undefined>
}

export function createEntity<N extends CollectionName>(
  db: Db,
  name: N,
  ownerId: string,
  content: Record<string, unknown>,
  made: Made,
): Promise<Stored<N>> {
  return db.transaction().execute(async (trx) => {
    await checkReference(trx, name, ownerId, content)
    const doc = { ...content, id: made.id, createdAt: made.now, updatedAt: made.now }
    return (await insertDocument(trx, collections[name], ownerId, doc)) as Stored<N>
  })
}

/** Replace the content; undefined when the owner has no such object. */
export function replaceEntity<N extends CollectionName>(
  db: Db,
  name: N,
  ownerId: string,
  id: string,
  content: Record<string, unknown>,
  now: string,
): Promise<Stored<N> | undefined> {
  return db.transaction().execute(async (trx) => {
    if (!(await documentExists(trx, collections[name].table, ownerId, id))) return undefined
    await checkReference(trx, name, ownerId, content)
    return (await replaceDocument(trx, collections[name], ownerId, id, content, now)) as
      | Stored<N>
      | undefined
  })
}

/** What deleting an object of each collection does to others: children go, references clear. */
const CASCADE: Partial<
  Record<CollectionName, { deletes?: DocumentTableName[]; clears?: DocumentTableName[] }>
> = {
  companies: { clears: ['application'] },
  // Practice stays with the person: its attempts and questions just lose the interview.
  applications: {
    deletes: ['prep_sheet'],
    clears: ['answer', 'practice_attempt', 'practice_question'],
  },
  answers: { deletes: ['answer_version'] },
}

/** Each document table's parent table, for restoring rows whose parent may be gone. */
const PARENT_TABLES: Partial<Record<DocumentTableName, DocumentTableName>> = Object.fromEntries(
  [...Object.values(collections), answerVersions].flatMap((spec) =>
    'parent' in spec && spec.parent ? [[spec.table, spec.parent.table]] : [],
  ),
)

/**
 * Delete and tidy up, keeping what was removed and cleared for undo
 * (restoreEntity); false when the owner has no such object.
 */
export function deleteEntity(
  db: Db,
  name: CollectionName,
  ownerId: string,
  id: string,
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const table = collections[name].table
    const [row] = await selectRows(trx, table, ownerId, { id })
    if (!row) return false
    const bundle: DeletedBundle = { removed: [{ table, row }], cleared: [] }
    const cascade = CASCADE[name] ?? {}
    for (const child of cascade.deletes ?? []) {
      for (const r of await selectRows(trx, child, ownerId, { parentId: id })) {
        bundle.removed.push({ table: child, row: r })
      }
      await deleteChildren(trx, child, ownerId, id)
    }
    for (const linked of cascade.clears ?? []) {
      for (const r of await selectRows(trx, linked, ownerId, { parentId: id })) {
        bundle.cleared.push({ table: linked, id: r.id, parentId: id, updatedAt: r.updated_at })
      }
      await clearParent(trx, linked, ownerId, id, now)
    }
    await deleteDocument(trx, collections[name], ownerId, id)
    await keepDeleted(trx, ownerId, name, id, bundle, now)
    return true
  })
}

/** Undo a deletion within the window (src/store/repositories/trash.ts). */
export function restoreEntity(
  db: Db,
  name: CollectionName,
  ownerId: string,
  id: string,
  now: string,
): Promise<RestoreOutcome> {
  return restoreDeleted(db, ownerId, name, id, PARENT_TABLES, now)
}

export type StoredVersion = z.infer<typeof answerVersions.stored>

function withoutUpdatedAt(doc: Doc): StoredVersion {
  const { updatedAt: _drop, ...rest } = doc
  return rest as StoredVersion
}

/** Versions of one answer, oldest first; undefined when the owner has no such answer. */
export async function listVersions(
  db: Db,
  ownerId: string,
  answerId: string,
): Promise<StoredVersion[] | undefined> {
  if (!(await documentExists(db, 'answer', ownerId, answerId))) return undefined
  const versions = await listDocuments(db, answerVersions, ownerId, { parentId: answerId })
  return versions.reverse().map(withoutUpdatedAt)
}

export function addVersion(
  db: Db,
  ownerId: string,
  answerId: string,
  version: { text: string; report: StoredVersion['report'] },
  made: Made,
): Promise<StoredVersion | undefined> {
  return db.transaction().execute(async (trx) => {
    if (!(await documentExists(trx, 'answer', ownerId, answerId))) return undefined
    const doc = { ...version, answerId, id: made.id, createdAt: made.now, updatedAt: made.now }
    const saved = await insertDocument(trx, answerVersions, ownerId, doc)
    await trx
      .updateTable('answer')
      .set({ updated_at: made.now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', answerId)
      .execute()
    return withoutUpdatedAt(saved)
  })
}

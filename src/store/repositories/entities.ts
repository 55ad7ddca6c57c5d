import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { answerVersions, type CollectionName, collections } from '../collections.js'
import type { Database } from '../database.js'
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

/** Delete and tidy up; false when the owner has no such object. */
export function deleteEntity(
  db: Db,
  name: CollectionName,
  ownerId: string,
  id: string,
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const deleted = await deleteDocument(trx, collections[name], ownerId, id)
    if (!deleted) return false
    if (name === 'companies') await clearParent(trx, 'application', ownerId, id, now)
    if (name === 'applications') {
      await clearParent(trx, 'answer', ownerId, id, now)
      // Practice stays with the person: its attempts and questions just lose the interview.
      await clearParent(trx, 'practice_attempt', ownerId, id, now)
      await clearParent(trx, 'practice_question', ownerId, id, now)
      await deleteChildren(trx, 'prep_sheet', ownerId, id)
    }
    if (name === 'answers') await deleteChildren(trx, 'answer_version', ownerId, id)
    return true
  })
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

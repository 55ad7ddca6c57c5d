import type { Kysely } from 'kysely'
import { z } from 'zod'
import {
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  exportDocumentSchema,
} from '../../core/contracts/entities.js'
import { answerVersions, COLLECTION_NAMES, collections } from '../collections.js'
import { type Database, DOCUMENT_TABLES } from '../database.js'
import { deleteLinksOf } from './coach.js'
import { countDocuments, insertDocument, listDocuments } from './documents.js'
import { deletePerson } from './people.js'
import { deleteProfile, getProfile, putProfile } from './profile.js'
import { deleteSessionsOf } from './sessions.js'
import { deleteTrashOf } from './trash.js'

/**
 * A person's data as a whole: export as one JSON document, import it back (ids and
 * times kept), delete it. Every step runs in one transaction.
 */

type Db = Kysely<Database>

export async function exportPersonData(
  db: Db,
  ownerId: string,
  now: string,
): Promise<ExportDocument> {
  return db.transaction().execute(async (trx) => {
    const [
      profile,
      goals,
      companies,
      applications,
      answers,
      questions,
      practice,
      stories,
      prepSheets,
    ] = await Promise.all([
      getProfile(trx, ownerId),
      listDocuments(trx, collections.goals, ownerId),
      listDocuments(trx, collections.companies, ownerId),
      listDocuments(trx, collections.applications, ownerId),
      listDocuments(trx, collections.answers, ownerId),
      listDocuments(trx, collections.questions, ownerId),
      listDocuments(trx, collections.practice, ownerId),
      listDocuments(trx, collections.stories, ownerId),
      listDocuments(trx, collections.prepSheets, ownerId),
    ])
    const versions = (await listDocuments(trx, answerVersions, ownerId)).reverse()
    const doc = {
      format: 'headway-export',
      version: EXPORT_FORMAT_VERSION,
      exportedAt: now,
      profile,
      goals,
      companies,
      applications,
      answers: answers.map((answer) => ({
        ...answer,
        versions: versions
          .filter((v) => v.answerId === answer.id)
          .map(
            ({ updatedAt: _drop, ...v }) =>
              v as ExportDocument['answers'][number]['versions'][number],
          ),
      })),
      questions,
      practice,
      stories,
      prepSheets,
    }
    return doc as ExportDocument
  })
}

/**
 * Version 1 of the export (before prep sheets, and with versions in a flat list and
 * practice named `practiceAttempts`) is lifted to the current version here. Each
 * future version adds one step to this chain.
 */
const versionOnly = z.looseObject({
  format: z.literal('headway-export'),
  version: z.number().int(),
})

export type ImportProblem = { path: string; message: string }

export function upgradeExport(
  input: unknown,
): { ok: true; document: ExportDocument } | { ok: false; problems: ImportProblem[] } {
  const head = versionOnly.safeParse(input)
  if (!head.success) {
    return {
      ok: false,
      problems: [{ path: 'format', message: 'not a headway export (format, version)' }],
    }
  }
  let doc = head.data as Record<string, unknown>
  if (doc.version === 1) {
    const flat = Array.isArray(doc.answerVersions)
      ? (doc.answerVersions as { answerId?: unknown }[])
      : []
    const answers = Array.isArray(doc.answers) ? (doc.answers as { id?: unknown }[]) : []
    const { answerVersions: _v, practiceAttempts, ...rest } = doc
    doc = {
      ...rest,
      version: 2,
      answers: answers.map((a) => ({ ...a, versions: flat.filter((v) => v.answerId === a.id) })),
      practice: practiceAttempts ?? [],
      prepSheets: doc.prepSheets ?? [],
    }
  }
  if (doc.version !== EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          message: `version ${String(doc.version)} is not supported (1 to ${EXPORT_FORMAT_VERSION})`,
        },
      ],
    }
  }
  const parsed = exportDocumentSchema.safeParse(doc)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((i) => ({
        path: i.path.join('.'),
        message: i.message,
      })),
    }
  }
  return { ok: true, document: parsed.data }
}

function danglingReferences(doc: ExportDocument): ImportProblem[] {
  const problems: ImportProblem[] = []
  const companies = new Set(doc.companies.map((c) => c.id))
  const applications = new Set(doc.applications.map((a) => a.id))
  doc.applications.forEach((a, i) => {
    if (a.companyId !== undefined && !companies.has(a.companyId)) {
      problems.push({
        path: `applications.${i}.companyId`,
        message: 'names no company in the file',
      })
    }
  })
  doc.answers.forEach((a, i) => {
    if (a.applicationId !== undefined && !applications.has(a.applicationId)) {
      problems.push({
        path: `answers.${i}.applicationId`,
        message: 'names no application in the file',
      })
    }
    a.versions.forEach((v, j) => {
      if (v.answerId !== a.id) {
        problems.push({ path: `answers.${i}.versions.${j}.answerId`, message: 'is not its answer' })
      }
    })
  })
  for (const key of ['questions', 'practice'] as const) {
    doc[key].forEach((item, i) => {
      if (item.applicationId !== undefined && !applications.has(item.applicationId)) {
        problems.push({
          path: `${key}.${i}.applicationId`,
          message: 'names no application in the file',
        })
      }
    })
  }
  doc.prepSheets.forEach((p, i) => {
    if (!applications.has(p.applicationId)) {
      problems.push({
        path: `prepSheets.${i}.applicationId`,
        message: 'names no application in the file',
      })
    }
  })
  for (const key of COLLECTION_NAMES) {
    const ids = new Set<string>()
    for (const item of doc[key]) {
      if (ids.has(item.id)) problems.push({ path: key, message: `duplicate id ${item.id}` })
      ids.add(item.id)
    }
  }
  // Nested collections too: versions share one table keyed by (owner, id), so a
  // repeated version id anywhere in the file would fail the insert; milestone ids
  // key the web app's lists and the calendar's UIDs.
  const versionIds = new Set<string>()
  doc.answers.forEach((a, i) => {
    a.versions.forEach((v, j) => {
      if (versionIds.has(v.id)) {
        problems.push({ path: `answers.${i}.versions.${j}.id`, message: `duplicate id ${v.id}` })
      }
      versionIds.add(v.id)
    })
  })
  doc.goals.forEach((g, i) => {
    const milestoneIds = new Set<string>()
    g.milestones.forEach((m, j) => {
      if (milestoneIds.has(m.id)) {
        problems.push({ path: `goals.${i}.milestones.${j}.id`, message: `duplicate id ${m.id}` })
      }
      milestoneIds.add(m.id)
    })
  })
  return problems
}

export async function personHasData(db: Db, ownerId: string): Promise<boolean> {
  for (const table of DOCUMENT_TABLES) {
    if ((await countDocuments(db, table, ownerId)) > 0) return true
  }
  const profile = await db
    .selectFrom('profile')
    .select('owner_id')
    .where('owner_id', '=', ownerId)
    .executeTakeFirst()
  return profile !== undefined
}

export type ImportOutcome =
  | { status: 'imported'; counts: Record<string, number> }
  | { status: 'invalid'; problems: ImportProblem[] }
  | { status: 'not-empty' }

/** Import a document (any supported version) for one person, in one transaction. */
export async function importPersonData(
  db: Db,
  ownerId: string,
  input: unknown,
  options: { replace: boolean },
): Promise<ImportOutcome> {
  const upgraded = upgradeExport(input)
  if (!upgraded.ok) return { status: 'invalid', problems: upgraded.problems }
  const doc = upgraded.document
  const problems = danglingReferences(doc)
  if (problems.length > 0) return { status: 'invalid', problems }
  return db.transaction().execute(async (trx) => {
    if (await personHasData(trx, ownerId)) {
      if (!options.replace) return { status: 'not-empty' as const }
      await deletePersonData(trx, ownerId)
    }
    const { updatedAt, ...profile } = doc.profile
    if (updatedAt !== null) await putProfile(trx, ownerId, profile, updatedAt)
    const counts: Record<string, number> = {}
    for (const name of COLLECTION_NAMES) {
      const spec = collections[name]
      const items: Record<string, unknown>[] = doc[name]
      for (const item of items) {
        const { versions: _v, ...rest } = item
        await insertDocument(trx, spec, ownerId, rest)
      }
      counts[name] = items.length
    }
    let versions = 0
    for (const answer of doc.answers) {
      for (const version of answer.versions) {
        await insertDocument(trx, answerVersions, ownerId, {
          ...version,
          updatedAt: version.createdAt,
        })
        versions += 1
      }
    }
    counts.answerVersions = versions
    return { status: 'imported' as const, counts }
  })
}

/** Delete every object of the person (the person and sessions stay). */
export async function deletePersonData(db: Db, ownerId: string): Promise<void> {
  for (const table of DOCUMENT_TABLES) {
    await db
      .deleteFrom(table as 'goal')
      .where('owner_id', '=', ownerId)
      .execute()
  }
  await deleteProfile(db, ownerId)
  await deleteTrashOf(db, ownerId)
}

/** Delete the account: all data, sessions and the person, in one transaction. */
export async function deleteAccount(db: Db, personId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deletePersonData(trx, personId)
    await deleteLinksOf(trx, personId)
    await deleteSessionsOf(trx, personId)
    await deletePerson(trx, personId)
  })
}

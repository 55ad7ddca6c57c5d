import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dossier } from '../../src/core/contracts/dossier.js'
import { prepSheetContentSchema } from '../../src/core/contracts/entities.js'
import { connect, migrateToLatest, type Store } from '../../src/store/connect.js'
import type { Made } from '../../src/store/repositories/entities.js'
import { addVersion, createEntity } from '../../src/store/repositories/entities.js'
import { putProfile } from '../../src/store/repositories/profile.js'
import { type PostgresDatabases, testDialects } from '../helpers/postgres.js'
import { sharedPostgres } from '../helpers/shared-postgres.js'

/**
 * Fresh, migrated databases for tests: a SQLite file in a temporary folder, or a new
 * database in the test run's shared PostgreSQL cluster (test/helpers/shared-postgres.ts).
 */
export type TestDialect = 'sqlite' | 'postgres'

export interface TestStores {
  dialects: TestDialect[]
  open(dialect: TestDialect): Promise<Store>
  closeAll(): Promise<void>
}

export function testStores(): TestStores {
  const dialects = testDialects()
  let cluster: Promise<PostgresDatabases> | undefined
  const opened: Store[] = []
  const dirs: string[] = []
  return {
    dialects,
    async open(dialect) {
      let store: Store
      if (dialect === 'postgres') {
        cluster ??= sharedPostgres()
        store = connect({ databaseUrl: await (await cluster).createDatabase(), dataDir: '' })
      } else {
        const dir = await mkdtemp(join(tmpdir(), 'headway-sqlite-'))
        dirs.push(dir)
        store = connect({ dataDir: dir })
      }
      opened.push(store)
      const outcome = await migrateToLatest(store.db)
      if (!outcome.ok) throw new Error(`migration failed: ${outcome.error}`)
      return store
    },
    async closeAll() {
      await Promise.all(opened.map((s) => s.close().catch(() => undefined)))
      if (cluster) await (await cluster).stop()
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
    },
  }
}

/** Deterministic ids and times for one test. */
export function maker(prefix = 'id'): () => Made {
  let n = 0
  return () => {
    n += 1
    const second = String(n % 60).padStart(2, '0')
    const minute = String(Math.floor(n / 60) % 60).padStart(2, '0')
    return { id: `${prefix}-${n}`, now: `2026-11-25T10:${minute}:${second}.000Z` }
  }
}

export const sampleDossier: Dossier = {
  name: 'Acme Health',
  mission: {
    text: 'We exist to make care simple.',
    source: {
      quote: 'We exist to make care simple.',
      start: 0,
      end: 29,
      via: 'phrase:we-exist-to',
    },
  },
  vision: null,
  values: [
    {
      name: 'Curiosity',
      description: 'We ask why.',
      source: { quote: 'Curiosity', start: 30, end: 39 },
    },
  ],
  culture: [],
  initiatives: [],
  products: [],
  job: null,
  warnings: [],
}

const report = { score: 72, verdict: 'solid', criteria: [], flags: [], strengths: [], findings: [] }

/** One of every kind of object, linked together, for `owner`. Returns their ids. */
export async function seedPerson(store: Store, owner: string, next: () => Made) {
  const { db } = store
  await putProfile(
    db,
    owner,
    {
      name: 'Ada',
      passions: ['care'],
      skills: [],
      values: ['craft'],
      aspirations: [],
      resources: [],
      admired: [],
      experience: [],
    },
    next().now,
  )
  const goal = await createEntity(
    db,
    'goals',
    owner,
    {
      text: 'Lead a payments team',
      type: 'position',
      horizon: 'long',
      milestones: [{ id: 'm1', text: 'Ship', done: false }],
      progress: [{ date: '2026-11-01', percent: 10 }],
    },
    next(),
  )
  const company = await createEntity(
    db,
    'companies',
    owner,
    {
      name: 'Acme',
      url: 'https://acme.example/about',
      dossier: sampleDossier,
      sourceText: 'We exist to make care simple. Curiosity',
      notes: 'nice',
    },
    next(),
  )
  const application = await createEntity(
    db,
    'applications',
    owner,
    { companyId: company.id, role: 'Engineer', interviewDate: '2026-12-01', status: 'applied' },
    next(),
  )
  const answer = await createEntity(
    db,
    'answers',
    owner,
    { question: 'career-goals', title: 'Acme answer', applicationId: application.id },
    next(),
  )
  const version = await addVersion(
    db,
    owner,
    answer.id,
    { text: 'In three years I want to lead.', report: { ...report, verdict: 'solid' } as never },
    next(),
  )
  const question = await createEntity(
    db,
    'questions',
    owner,
    { text: 'Why payments?', kind: 'why-here', applicationId: application.id },
    next(),
  )
  const practice = await createEntity(
    db,
    'practice',
    owner,
    {
      question: 'What are your career goals?',
      applicationId: application.id,
      transcript: 'um I want to lead',
      seconds: 42,
      metrics: { wpm: 130 },
      report,
    },
    next(),
  )
  const story = await createEntity(
    db,
    'stories',
    owner,
    { title: 'Outage', situation: 's', task: 't', action: 'a', result: 'r' },
    next(),
  )
  const prepSheet = await createEntity(
    db,
    'prepSheets',
    owner,
    {
      applicationId: application.id,
      content: prepSheetContentSchema.parse({ title: 'Prep', answer: 'x' }),
    },
    next(),
  )
  return {
    goals: goal,
    companies: company,
    applications: application,
    answers: answer,
    questions: question,
    practice,
    stories: story,
    prepSheets: prepSheet,
    version,
  }
}

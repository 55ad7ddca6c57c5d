import { Migrator, NO_MIGRATIONS } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { COLLECTION_NAMES } from '../../src/store/collections.js'
import { migrateToLatest } from '../../src/store/connect.js'
import { DOCUMENT_TABLES } from '../../src/store/database.js'
import { MissingReferenceError } from '../../src/store/errors.js'
import { migrationProvider, migrations } from '../../src/store/migrations/index.js'
import {
  deleteAccount,
  exportPersonData,
  importPersonData,
  personHasData,
} from '../../src/store/repositories/account-data.js'
import {
  addVersion,
  createEntity,
  deleteEntity,
  getEntity,
  listEntities,
  listVersions,
  replaceEntity,
} from '../../src/store/repositories/entities.js'
import {
  clearFailures,
  countFailures,
  recordFailure,
} from '../../src/store/repositories/login-failures.js'
import { createPerson, findPersonByEmail } from '../../src/store/repositories/people.js'
import { getProfile, putProfile } from '../../src/store/repositories/profile.js'
import {
  createSession,
  deleteSessionsOf,
  findSession,
} from '../../src/store/repositories/sessions.js'
import { maker, seedPerson, testStores } from './harness.js'

const stores = testStores()
afterAll(() => stores.closeAll())

describe.each(stores.dialects)('store on %s', (dialect) => {
  it('migrates up, down and up again, and a second run is a no-op', async () => {
    const { db } = await stores.open(dialect)
    const again = await migrateToLatest(db)
    expect(again).toEqual({ ok: true, results: [] })
    const migrator = new Migrator({ db, provider: migrationProvider })
    const down = await migrator.migrateTo(NO_MIGRATIONS)
    expect(down.error).toBeUndefined()
    await expect(db.selectFrom('goal').selectAll().execute()).rejects.toThrow()
    const up = await migrateToLatest(db)
    expect(up.ok).toBe(true)
    expect(up.results.map((r) => r.status)).toEqual(Object.keys(migrations).map(() => 'Success'))
  })

  it('creates, lists newest first, replaces and deletes, scoped to the owner', async () => {
    const store = await stores.open(dialect)
    const next = maker()
    const a = await seedPerson(store, 'alice', next)
    await seedPerson(store, 'bob', maker('bob'))
    const goals = await listEntities(store.db, 'goals', 'alice')
    expect(goals.map((g) => g.id)).toEqual([a.goals.id])
    expect(goals[0]).toMatchObject({ text: 'Lead a payments team', milestones: [{ id: 'm1' }] })
    const second = await createEntity(
      store.db,
      'goals',
      'alice',
      { text: 'Learn Go', type: 'skill', horizon: 'short', milestones: [], progress: [] },
      next(),
    )
    expect((await listEntities(store.db, 'goals', 'alice')).map((g) => g.id)).toEqual([
      second.id,
      a.goals.id,
    ])

    // Bob sees none of Alice's objects, whatever the route into them.
    for (const name of COLLECTION_NAMES) {
      const id = a[name].id
      expect(await getEntity(store.db, name, 'bob', id)).toBeUndefined()
      expect(await replaceEntity(store.db, name, 'bob', id, {}, next().now)).toBeUndefined()
      expect(await deleteEntity(store.db, name, 'bob', id, next().now)).toBe(false)
      expect(await getEntity(store.db, name, 'alice', id)).toBeDefined()
    }
    expect(await listVersions(store.db, 'bob', a.answers.id)).toBeUndefined()
    expect(
      await addVersion(
        store.db,
        'bob',
        a.answers.id,
        { text: 'x', report: { score: 1, verdict: 'weak' } },
        next(),
      ),
    ).toBeUndefined()

    const made = next()
    const replaced = await replaceEntity(
      store.db,
      'stories',
      'alice',
      a.stories.id,
      { title: 'New', situation: '', task: '', action: '', result: '' },
      made.now,
    )
    expect(replaced).toEqual({
      id: a.stories.id,
      title: 'New',
      situation: '',
      task: '',
      action: '',
      result: '',
      createdAt: a.stories.createdAt,
      updatedAt: made.now,
    })
    expect(await deleteEntity(store.db, 'stories', 'alice', a.stories.id, next().now)).toBe(true)
    expect(await getEntity(store.db, 'stories', 'alice', a.stories.id)).toBeUndefined()
  })

  it('refuses references to objects the owner does not have, and tidies them on delete', async () => {
    const store = await stores.open(dialect)
    const next = maker()
    const a = await seedPerson(store, 'alice', next)
    const b = await seedPerson(store, 'bob', maker('bob'))
    await expect(
      createEntity(
        store.db,
        'applications',
        'alice',
        { companyId: b.companies.id, role: 'x', status: 'applied' },
        next(),
      ),
    ).rejects.toBeInstanceOf(MissingReferenceError)
    await expect(
      replaceEntity(
        store.db,
        'prepSheets',
        'alice',
        a.prepSheets.id,
        { applicationId: 'nope', content: { title: 'Prep' } },
        next().now,
      ),
    ).rejects.toBeInstanceOf(MissingReferenceError)

    expect(await deleteEntity(store.db, 'companies', 'alice', a.companies.id, next().now)).toBe(
      true,
    )
    const application = await getEntity(store.db, 'applications', 'alice', a.applications.id)
    expect(application).toBeDefined()
    expect(application).not.toHaveProperty('companyId')

    expect(
      await deleteEntity(store.db, 'applications', 'alice', a.applications.id, next().now),
    ).toBe(true)
    expect(await getEntity(store.db, 'prepSheets', 'alice', a.prepSheets.id)).toBeUndefined()
    expect(await getEntity(store.db, 'answers', 'alice', a.answers.id)).not.toHaveProperty(
      'applicationId',
    )
    // Practice outlives the interview: its question and attempt only lose the link.
    for (const name of ['questions', 'practice'] as const) {
      const kept = await getEntity(store.db, name, 'alice', a[name].id)
      expect(kept, name).toBeDefined()
      expect(kept, name).not.toHaveProperty('applicationId')
    }

    expect(await listVersions(store.db, 'alice', a.answers.id)).toHaveLength(1)
    expect(await deleteEntity(store.db, 'answers', 'alice', a.answers.id, next().now)).toBe(true)
    expect(
      await store.db
        .selectFrom('answer_version')
        .select('id')
        .where('owner_id', '=', 'alice')
        .execute(),
    ).toEqual([])
    // Bob's linked objects are untouched by Alice's deletions.
    expect(await getEntity(store.db, 'applications', 'bob', b.applications.id)).toMatchObject({
      companyId: b.companies.id,
    })
    expect(await listVersions(store.db, 'bob', b.answers.id)).toHaveLength(1)
  })

  it('keeps answer versions oldest first, each with its report', async () => {
    const store = await stores.open(dialect)
    const next = maker()
    const a = await seedPerson(store, 'alice', next)
    const v2 = await addVersion(
      store.db,
      'alice',
      a.answers.id,
      { text: 'second', report: { score: 80, verdict: 'strong', extra: [1] } },
      next(),
    )
    const versions = await listVersions(store.db, 'alice', a.answers.id)
    expect(versions?.map((v) => v.text)).toEqual(['In three years I want to lead.', 'second'])
    expect(versions?.[1]).toEqual(v2)
    expect(versions?.[1]).toEqual({
      id: v2?.id,
      answerId: a.answers.id,
      text: 'second',
      report: { score: 80, verdict: 'strong', extra: [1] },
      createdAt: v2?.createdAt,
    })
    // Saving a version touches the answer.
    expect((await getEntity(store.db, 'answers', 'alice', a.answers.id))?.updatedAt).toBe(
      v2?.createdAt,
    )
  })

  it('stores one profile per person, empty until saved', async () => {
    const { db } = await stores.open(dialect)
    expect(await getProfile(db, 'carol')).toMatchObject({
      passions: [],
      skills: [],
      updatedAt: null,
    })
    await putProfile(
      db,
      'carol',
      {
        name: 'Carol',
        passions: ['x'],
        skills: [{ name: 'SQL', status: 'have', level: 'advanced' }],
        values: [],
        aspirations: [],
        resources: [],
        admired: [],
        experience: [],
      },
      '2026-01-01T00:00:00.000Z',
    )
    await putProfile(
      db,
      'carol',
      {
        name: 'Carol B',
        passions: [],
        skills: [],
        values: [],
        aspirations: [],
        resources: [],
        admired: [],
        experience: [],
      },
      '2026-01-02T00:00:00.000Z',
    )
    expect(await getProfile(db, 'carol')).toMatchObject({
      name: 'Carol B',
      updatedAt: '2026-01-02T00:00:00.000Z',
    })
    expect((await getProfile(db, 'dave')).updatedAt).toBeNull()
  })

  it('keeps people, sessions and log-in failures', async () => {
    const { db } = await stores.open(dialect)
    const now = '2026-11-25T10:00:00.000Z'
    expect(
      await createPerson(db, { id: 'p1', email: 'Ada@Example.org', passwordHash: 'h', now }),
    ).toMatchObject({ email: 'ada@example.org' })
    expect(
      await createPerson(db, { id: 'p2', email: 'ada@example.org', passwordHash: 'h', now }),
    ).toBeUndefined()
    expect(await findPersonByEmail(db, 'ADA@example.org')).toMatchObject({ id: 'p1' })
    await createSession(db, {
      id: 'hash1',
      person_id: 'p1',
      csrf_token: 'c',
      created_at: now,
      expires_at: '2026-11-26T10:00:00.000Z',
    })
    expect(await findSession(db, 'hash1', now)).toMatchObject({ person_id: 'p1' })
    expect(await findSession(db, 'hash1', '2026-11-27T00:00:00.000Z')).toBeUndefined()
    await deleteSessionsOf(db, 'p1')
    expect(await findSession(db, 'hash1', now)).toBeUndefined()
    await recordFailure(db, ['ip:1', 'account:a'], '2026-11-25T10:00:01.000Z')
    await recordFailure(db, ['ip:1'], '2026-11-25T10:00:02.000Z')
    expect(await countFailures(db, 'ip:1', '2026-11-25T09:00:00.000Z')).toEqual({
      count: 2,
      oldest: '2026-11-25T10:00:01.000Z',
    })
    expect((await countFailures(db, 'ip:1', '2026-11-25T10:00:01.500Z')).count).toBe(1)
    await clearFailures(db, 'ip:1')
    expect((await countFailures(db, 'ip:1', '2026-11-25T09:00:00.000Z')).count).toBe(0)
    expect((await countFailures(db, 'account:a', '2026-11-25T09:00:00.000Z')).count).toBe(1)
  })

  it('exports everything and imports it into a fresh database unchanged', async () => {
    const source = await stores.open(dialect)
    const next = maker()
    await seedPerson(source, 'alice', next)
    await seedPerson(source, 'bob', maker('bob'))
    const exported = await exportPersonData(source.db, 'alice', '2026-11-25T12:00:00.000Z')
    expect(exported.answers[0]?.versions).toHaveLength(1)
    expect(JSON.stringify(exported)).not.toContain('bob')

    const target = await stores.open(dialect)
    const outcome = await importPersonData(
      target.db,
      'someone-else',
      JSON.parse(JSON.stringify(exported)),
      { replace: false },
    )
    expect(outcome).toEqual({
      status: 'imported',
      counts: {
        goals: 1,
        companies: 1,
        applications: 1,
        answers: 1,
        questions: 1,
        practice: 1,
        stories: 1,
        prepSheets: 1,
        answerVersions: 1,
      },
    })
    const again = await exportPersonData(target.db, 'someone-else', '2026-11-25T12:00:00.000Z')
    expect(again).toEqual(exported)

    // The same file into an account that has data: refused unless replace.
    expect(await importPersonData(target.db, 'someone-else', exported, { replace: false })).toEqual(
      { status: 'not-empty' },
    )
    expect(
      (await importPersonData(target.db, 'someone-else', exported, { replace: true })).status,
    ).toBe('imported')
    expect(await exportPersonData(target.db, 'someone-else', '2026-11-25T12:00:00.000Z')).toEqual(
      exported,
    )
    // The same ids can live in two accounts (keys are per owner).
    expect((await importPersonData(target.db, 'third', exported, { replace: false })).status).toBe(
      'imported',
    )
    // A version 2 file from before practice questions has none: it imports as it is.
    const { questions: _q, ...older } = JSON.parse(JSON.stringify(exported))
    const practice = older.practice.map(({ applicationId: _a, ...p }: Record<string, unknown>) => p)
    const fromOlder = await importPersonData(
      target.db,
      'fourth',
      { ...older, practice },
      { replace: false },
    )
    expect(fromOlder).toMatchObject({ status: 'imported', counts: { questions: 0, practice: 1 } })
    // An attempt or question naming an interview the file lacks is refused with its path.
    const dangling = await importPersonData(
      target.db,
      'fifth',
      { ...exported, questions: [{ ...exported.questions[0], applicationId: 'gone' }] },
      { replace: false },
    )
    expect(dangling).toEqual({
      status: 'invalid',
      problems: [
        { path: 'questions.0.applicationId', message: 'names no application in the file' },
      ],
    })
  })

  it('migrates a version 1 export and rejects broken ones with their paths', async () => {
    const source = await stores.open(dialect)
    await seedPerson(source, 'alice', maker())
    const current = await exportPersonData(source.db, 'alice', '2026-11-25T12:00:00.000Z')
    const { answers, practice, prepSheets: _p, ...rest } = current
    const v1 = {
      ...rest,
      version: 1,
      answers: answers.map(({ versions: _v, ...a }) => a),
      answerVersions: answers.flatMap((a) => a.versions),
      practiceAttempts: practice,
    }
    const target = await stores.open(dialect)
    const outcome = await importPersonData(target.db, 'alice', v1, { replace: false })
    expect(outcome.status).toBe('imported')
    expect(await exportPersonData(target.db, 'alice', current.exportedAt)).toEqual({
      ...current,
      prepSheets: [],
    })

    expect(
      await importPersonData(target.db, 'x', { format: 'other' }, { replace: false }),
    ).toMatchObject({ status: 'invalid', problems: [{ path: 'format' }] })
    expect(
      await importPersonData(target.db, 'x', { ...current, version: 99 }, { replace: false }),
    ).toMatchObject({ status: 'invalid', problems: [{ path: 'version' }] })
    expect(
      await importPersonData(
        target.db,
        'x',
        { ...current, goals: [{ id: 'g' }] },
        { replace: false },
      ),
    ).toMatchObject({
      status: 'invalid',
      problems: expect.arrayContaining([expect.objectContaining({ path: 'goals.0.text' })]),
    })
    const dangling = { ...current, companies: [] }
    expect(await importPersonData(target.db, 'x', dangling, { replace: false })).toMatchObject({
      status: 'invalid',
      problems: [{ path: 'applications.0.companyId' }],
    })
    expect(await personHasData(target.db, 'x')).toBe(false)
  })

  it('deletes an account and every row it owned, and nothing else', async () => {
    const store = await stores.open(dialect)
    const now = '2026-11-25T10:00:00.000Z'
    await createPerson(store.db, { id: 'alice', email: 'a@example.org', passwordHash: 'h', now })
    await createPerson(store.db, { id: 'bob', email: 'b@example.org', passwordHash: 'h', now })
    await createSession(store.db, {
      id: 's-a',
      person_id: 'alice',
      csrf_token: 'c',
      created_at: now,
      expires_at: '2099-01-01T00:00:00.000Z',
    })
    await seedPerson(store, 'alice', maker())
    await seedPerson(store, 'bob', maker('bob'))
    await deleteAccount(store.db, 'alice')
    for (const table of DOCUMENT_TABLES) {
      const rows = await store.db
        .selectFrom(table as 'goal')
        .select('owner_id')
        .execute()
      expect(rows.length, table).toBeGreaterThan(0)
      expect(
        rows.every((r) => r.owner_id === 'bob'),
        table,
      ).toBe(true)
    }
    expect(await store.db.selectFrom('profile').select('owner_id').execute()).toEqual([
      { owner_id: 'bob' },
    ])
    expect(await store.db.selectFrom('person').select('id').execute()).toEqual([{ id: 'bob' }])
    expect(await store.db.selectFrom('session').select('id').execute()).toEqual([])
  })
})

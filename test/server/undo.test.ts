import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/connect.js'
import { UNDO_WINDOW_MS } from '../../src/store/repositories/trash.js'
import { testStores } from '../store/harness.js'
import { Client, seedViaApi, startTestServer, type TestServer } from './harness.js'

/**
 * Delete with undo over real HTTP: a deletion and its undo give back the same export
 * (children and cleared references included), the window ends, and another account
 * can neither restore nor see what one account deleted.
 */

const stores = testStores()
afterAll(() => stores.closeAll())

const PASSWORD = 'correct horse battery'

/** The export without its time stamp: everything a person has, for before/after checks. */
async function snapshot(client: Client): Promise<unknown> {
  const doc = (await client.get('/api/export')).json
  return { ...doc, exportedAt: '' }
}

async function trashRows(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('deleted_item')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

describe.each(stores.dialects)('delete with undo in local mode on %s', (dialect) => {
  let server: TestServer
  let store: Store
  let client: Client

  beforeAll(async () => {
    store = await stores.open(dialect)
    server = await startTestServer(store)
    client = new Client(server.url)
    await client.me()
  })
  afterAll(() => server.close())

  it('puts back an interview with its prep sheet and the links of its answers', async () => {
    const ids = await seedViaApi(client, server.server.routes)
    const second = await client.post('/api/answers', {
      question: 'five-years',
      title: 'Five years',
      applicationId: ids.applications,
    })
    expect(second.status).toBe(201)
    const before = await snapshot(client)
    server.clock.advance(1000)

    expect((await client.delete(`/api/applications/${ids.applications}`)).status).toBe(204)
    expect((await client.get(`/api/prep-sheets/${ids.prepSheets}`)).status).toBe(404)
    expect((await client.get(`/api/answers/${second.json.id}`)).json.applicationId).toBeUndefined()

    const restored = await client.post(`/api/applications/${ids.applications}/restore`)
    expect(restored.status, restored.text).toBe(200)
    expect(restored.json.id).toBe(ids.applications)
    expect(await snapshot(client)).toEqual(before)
    // One undo per deletion.
    const again = await client.post(`/api/applications/${ids.applications}/restore`)
    expect([again.status, again.json.error.code]).toEqual([404, 'not_found'])
  })

  it('puts back a company with the links of its interviews, and an answer with its versions', async () => {
    const ids = await seedViaApi(client, server.server.routes)
    await client.post(`/api/answers/${ids.answers}/versions`, { text: 'A second version.' })
    const before = await snapshot(client)

    expect((await client.delete(`/api/companies/${ids.companies}`)).status).toBe(204)
    expect((await client.delete(`/api/answers/${ids.answers}`)).status).toBe(204)
    expect((await client.get(`/api/answers/${ids.answers}/versions`)).status).toBe(404)
    expect((await client.post(`/api/answers/${ids.answers}/restore`)).status).toBe(200)
    expect((await client.post(`/api/companies/${ids.companies}/restore`)).status).toBe(200)
    expect(await snapshot(client)).toEqual(before)
    expect((await client.get(`/api/answers/${ids.answers}/versions`)).json).toHaveLength(2)
  })

  it('restores every kind of object, and nothing that was not deleted', async () => {
    const ids = await seedViaApi(client, server.server.routes)
    const before = await snapshot(client)
    const kinds = [
      ['goals', ids.goals],
      ['practice', ids.practice],
      ['stories', ids.stories],
      ['prep-sheets', ids.prepSheets],
    ] as const
    for (const [path, id] of kinds) {
      expect((await client.post(`/api/${path}/${id}/restore`)).status, path).toBe(404)
      expect((await client.delete(`/api/${path}/${id}`)).status, path).toBe(204)
      expect((await client.get(`/api/${path}/${id}`)).status, path).toBe(404)
      expect((await client.post(`/api/${path}/${id}/restore`)).status, path).toBe(200)
    }
    expect(await snapshot(client)).toEqual(before)
  })

  it('restores an interview unlinked when its company was deleted meanwhile', async () => {
    const ids = await seedViaApi(client, server.server.routes)
    await client.delete(`/api/applications/${ids.applications}`)
    await client.delete(`/api/companies/${ids.companies}`)
    const restored = await client.post(`/api/applications/${ids.applications}/restore`)
    expect(restored.status).toBe(200)
    expect(restored.json.companyId).toBeUndefined()
    expect(restored.json.role).toBe('Backend engineer')
  })

  it(`ends the undo after ${UNDO_WINDOW_MS / 60_000} minutes and purges what it kept`, async () => {
    const ids = await seedViaApi(client, server.server.routes)
    await client.delete(`/api/goals/${ids.goals}`)
    server.clock.advance(UNDO_WINDOW_MS + 1000)
    const late = await client.post(`/api/goals/${ids.goals}/restore`)
    expect([late.status, late.json.error.message]).toEqual([
      404,
      expect.stringContaining('undo lasts 10 minutes'),
    ])
    // The next deletion purges every bundle past the window.
    await client.delete(`/api/stories/${ids.stories}`)
    const kept = await store.db.selectFrom('deleted_item').select('id').execute()
    expect(kept.map((r) => r.id)).toEqual([ids.stories])
  })

  it('refuses an undo whose id was taken again by an import, changing nothing', async () => {
    await client.delete('/api/account')
    const goal = await client.post('/api/goals', {
      text: 'Lead a team',
      type: 'position',
      horizon: 'long',
    })
    const exported = (await client.get('/api/export')).json
    await client.delete(`/api/goals/${goal.json.id}`)
    expect((await client.post('/api/import', exported)).status).toBe(200)
    const restore = await client.post(`/api/goals/${goal.json.id}/restore`)
    expect([restore.status, restore.json.error.code]).toEqual([409, 'conflict'])
    expect((await client.get('/api/goals')).json).toHaveLength(1)
  })

  it('forgets every deleted object with the account', async () => {
    const ids = await seedViaApi(client, server.server.routes)
    await client.delete(`/api/companies/${ids.companies}`)
    expect(await trashRows(store)).toBeGreaterThan(0)
    expect((await client.delete('/api/account')).status).toBe(204)
    expect(await trashRows(store)).toBe(0)
    expect((await client.post(`/api/companies/${ids.companies}/restore`)).status).toBe(404)
  })
})

describe.each(stores.dialects)('delete with undo between accounts on %s', (dialect) => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer(await stores.open(dialect), { mode: 'server' })
  })
  afterAll(() => server.close())

  it("gives another account 404 for a deleted object's undo, and leaves it to its owner", async () => {
    const alice = new Client(server.url)
    const bob = new Client(server.url)
    expect((await alice.signup('alice@example.org', PASSWORD)).status).toBe(201)
    expect((await bob.signup('bob@example.org', PASSWORD)).status).toBe(201)
    const ids = await seedViaApi(alice, server.server.routes)
    const bobIds = await seedViaApi(bob, server.server.routes)
    const before = await snapshot(bob)
    expect((await alice.delete(`/api/applications/${ids.applications}`)).status).toBe(204)
    const stolen = await bob.post(`/api/applications/${ids.applications}/restore`)
    expect([stolen.status, stolen.json.error.code]).toEqual([404, 'not_found'])
    // Bob deleting his own object of the same kind does not reach Alice's bundle either.
    expect((await bob.delete(`/api/applications/${bobIds.applications}`)).status).toBe(204)
    expect((await bob.post(`/api/applications/${bobIds.applications}/restore`)).status).toBe(200)
    expect(await snapshot(bob)).toEqual(before)
    expect((await alice.post(`/api/applications/${ids.applications}/restore`)).status).toBe(200)
    expect((await alice.get(`/api/prep-sheets/${ids.prepSheets}`)).status).toBe(200)
  })
})

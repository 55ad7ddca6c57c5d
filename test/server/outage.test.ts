import { afterAll, describe, expect, it } from 'vitest'
import { connect, migrateToLatest } from '../../src/store/connect.js'
import { startPostgres, testDialects } from '../helpers/postgres.js'
import { Client, startTestServer } from './harness.js'

/** PostgreSQL stopped under a running server: clear 503s, then service again without a restart. */
const dialects = testDialects().filter((d) => d === 'postgres')
const cleanup: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const step of cleanup.reverse()) await step()
})

describe.each(dialects)('a database outage on %s', () => {
  it('answers 503 unavailable while the database is down and recovers by itself', async () => {
    const cluster = await startPostgres()
    cleanup.push(() => cluster.stop())
    const store = connect({ databaseUrl: await cluster.createDatabase(), dataDir: '' })
    cleanup.push(() => store.close())
    expect((await migrateToLatest(store.db)).ok).toBe(true)
    const server = await startTestServer(store)
    cleanup.push(() => server.close())
    const client = new Client(server.url)
    await client.me()
    expect(
      (
        await client.post('/api/stories', {
          title: 'a',
          situation: '',
          task: '',
          action: '',
          result: '',
        })
      ).status,
    ).toBe(201)

    await cluster.pause()
    const health = await client.get('/api/health')
    expect([health.status, health.json.error.code]).toEqual([503, 'unavailable'])
    const write = await client.post('/api/stories', {
      title: 'b',
      situation: '',
      task: '',
      action: '',
      result: '',
    })
    expect([write.status, write.json.error.code]).toEqual([503, 'unavailable'])
    expect(write.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/)

    await cluster.resume()
    let healthy = 0
    for (let i = 0; i < 50 && healthy !== 200; i++) {
      healthy = (await client.get('/api/health')).status
      if (healthy !== 200) await new Promise((r) => setTimeout(r, 100))
    }
    expect(healthy).toBe(200)
    const stories = await client.get('/api/stories')
    expect(stories.json.map((s: { title: string }) => s.title)).toEqual(['a'])
  })
})

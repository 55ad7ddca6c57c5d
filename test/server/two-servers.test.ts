import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postgresAvailability } from '../helpers/postgres.js'
import { sharedPostgres } from '../helpers/shared-postgres.js'
import {
  buildFaultsCli,
  type ServeProcess,
  spawnServe,
  stopGroup,
  waitHealthy,
} from './faults-harness.js'
import { Client } from './harness.js'

/**
 * A career centre that outgrows one machine runs several `headway serve` on one
 * PostgreSQL (docs/DEPLOY.md). Two built servers on two ports stand for two hosts:
 * whatever one knows, the other must know too, since a load balancer may send any
 * request to either.
 */

const PASSWORD = 'correct horse battery'
const postgres = postgresAvailability() !== 'skip'

/** The same browser (cookie and CSRF token) talking to another server. */
function sameBrowserOn(url: string, client: Client): Client {
  const other = new Client(url)
  other.cookie = client.cookie
  other.csrf = client.csrf
  return other
}

/** Ask until `check` holds (or give up after `tries`), for what holds only after a cache ages. */
async function eventually(check: () => Promise<boolean>, tries = 200): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}

describe.runIf(postgres)('two headway servers on one PostgreSQL', () => {
  const servers: ServeProcess[] = []
  let cluster: Awaited<ReturnType<typeof sharedPostgres>>
  let databaseUrl: string
  let a: ServeProcess
  let b: ServeProcess

  beforeAll(async () => {
    await buildFaultsCli()
    cluster = await sharedPostgres()
    databaseUrl = await cluster.createDatabase()
    const env = {
      HEADWAY_MODE: 'server',
      HEADWAY_DATABASE_URL: databaseUrl,
      HEADWAY_WORKERS: '1',
      HEADWAY_WEB_DIR: '/nonexistent',
      // The test stands in for the reverse proxy: it connects from loopback and says who
      // the client is in X-Forwarded-For.
      HEADWAY_TRUSTED_PROXIES: '127.0.0.1',
    }
    // Both at once on an empty database: the migrations must not trip over each other.
    a = await spawnServe({ env })
    b = await spawnServe({ env })
    servers.push(a, b)
    await Promise.all([waitHealthy(a, 60_000), waitHealthy(b, 60_000)])
  }, 180_000)

  afterAll(async () => {
    for (const server of servers) await stopGroup(server)
    await cluster?.stop()
  })

  it('takes a session made on one server on the other, and ends it on both', async () => {
    const onA = new Client(a.url)
    expect((await onA.signup('ada@example.org', PASSWORD)).status).toBe(201)
    const onB = sameBrowserOn(b.url, onA)
    const me = await onB.me()
    expect(me.json.person.email).toBe('ada@example.org')
    expect((await onB.get('/api/goals')).status).toBe(200)

    // Log out on B: B refuses the cookie at once, A once its cached copy ages out.
    const cookie = onB.cookie
    expect((await onB.post('/api/auth/logout')).status).toBe(204)
    const stale = new Client(a.url)
    stale.cookie = cookie
    const staleOnB = sameBrowserOn(b.url, stale)
    expect((await staleOnB.get('/api/goals')).status).toBe(401)
    expect(await eventually(async () => (await stale.get('/api/goals')).status === 401)).toBe(true)
  }, 60_000)

  it('writes on one server what the other reads', async () => {
    const onA = new Client(a.url)
    expect((await onA.signup('grace@example.org', PASSWORD)).status).toBe(201)
    const onB = sameBrowserOn(b.url, onA)
    const made = await onA.post('/api/goals', {
      text: 'Lead a payments team within five years',
      type: 'position',
      horizon: 'long',
    })
    expect(made.status).toBe(201)
    const read = await onB.get(`/api/goals/${made.json.id}`)
    expect(read.json).toEqual(made.json)
    const patched = await onB.patch(`/api/goals/${made.json.id}`, {
      progress: [{ date: '2026-12-04', percent: 30 }],
    })
    expect(patched.status).toBe(200)
    expect((await onA.get(`/api/goals/${made.json.id}`)).json.progress).toEqual([
      { date: '2026-12-04', percent: 30 },
    ])
    expect((await onA.delete(`/api/goals/${made.json.id}`)).status).toBe(204)
    expect((await onB.get(`/api/goals/${made.json.id}`)).status).toBe(404)
  }, 60_000)

  it('counts failed log-ins on both servers toward one limit', async () => {
    const owner = new Client(a.url)
    expect((await owner.signup('alan@example.org', PASSWORD)).status).toBe(201)
    // Five failures per account: three on A and two on B, each from its own address.
    for (const [i, url] of [a.url, a.url, a.url, b.url, b.url].entries()) {
      const typo = await new Client(url).login('alan@example.org', 'not my password', {
        'x-forwarded-for': `198.51.100.${i + 1}`,
      })
      expect(typo.status).toBe(401)
    }
    for (const url of [a.url, b.url]) {
      const refused = await new Client(url).login('alan@example.org', PASSWORD, {
        'x-forwarded-for': '198.51.100.9',
      })
      expect([refused.status, refused.json.error.code]).toEqual([429, 'rate_limited'])
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  }, 60_000)

  it('counts accounts made from one address on both servers toward one limit', async () => {
    const from = { 'x-forwarded-for': '203.0.113.5' }
    // 30 accounts per address an hour: 15 through each server, at once (each costs a
    // scrypt hash, which both servers compute in parallel).
    const made = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        new Client(i % 2 ? b.url : a.url).signup(`student${i}@example.org`, PASSWORD, from),
      ),
    )
    expect(made.map((reply) => reply.status)).toEqual(Array(30).fill(201))
    for (const url of [a.url, b.url]) {
      const refused = await new Client(url).signup(
        `late-${url.slice(-5)}@example.org`,
        PASSWORD,
        from,
      )
      expect([refused.status, refused.json.error.code]).toEqual([429, 'rate_limited'])
    }
    // Another address is its own count, on either server.
    const elsewhere = await new Client(b.url).signup('other@example.org', PASSWORD, {
      'x-forwarded-for': '203.0.113.6',
    })
    expect(elsewhere.status).toBe(201)
  }, 180_000)

  it('takes the client address from the right of X-Forwarded-For, where the proxy wrote it', async () => {
    const owner = new Client(b.url)
    expect((await owner.signup('mary@example.org', PASSWORD)).status).toBe(201)
    for (let i = 0; i < 5; i++) {
      // The client claims a new address each time; the proxy appended the real one.
      const typo = await new Client(b.url).login('nobody-here@example.org', 'wrong password', {
        'x-forwarded-for': `10.0.0.${i}, 192.0.2.50`,
      })
      expect(typo.status).toBe(401)
    }
    // The failures were counted against 192.0.2.50 (the proxy's entry), one address.
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    const { rows } = await db
      .query<{ key: string; count: string }>(
        "SELECT key, count(*) AS count FROM login_failure WHERE key LIKE 'ip:%' GROUP BY key",
      )
      .finally(() => db.end())
    expect(rows).toContainEqual({ key: 'ip:192.0.2.50', count: '5' })
    expect(rows.some((row) => row.key.startsWith('ip:10.0.0.'))).toBe(false)
  }, 60_000)
})

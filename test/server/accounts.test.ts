import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tokenHash } from '../../src/server/auth/sessions.js'
import { DEFAULT_CONFIG } from '../../src/server/config.js'
import type { ExampleIds, Route } from '../../src/server/routes/route.js'
import type { Store } from '../../src/store/connect.js'
import { testStores } from '../store/harness.js'
import { Client, fillPath, seedViaApi, startTestServer, type TestServer } from './harness.js'

/**
 * Server mode over real HTTP: accounts, sessions, CSRF, log-in limits, and isolation
 * between accounts on every route of the table.
 */

const stores = testStores()
afterAll(() => stores.closeAll())

const PASSWORD = 'correct horse battery'

async function signedUp(server: TestServer, email: string): Promise<Client> {
  const client = new Client(server.url)
  const reply = await client.signup(email, PASSWORD)
  expect(reply.status, reply.text).toBe(201)
  return client
}

describe.each(stores.dialects)('server mode on %s', (dialect) => {
  let server: TestServer
  let store: Store

  beforeAll(async () => {
    store = await stores.open(dialect)
    server = await startTestServer(store, { mode: 'server', trustProxy: true })
  })
  afterAll(() => server.close())

  it('signs up, tells who is in, logs out and in again', async () => {
    const client = new Client(server.url)
    expect((await client.me()).json).toEqual({ mode: 'server', person: null, csrfToken: null })
    const signup = await client.signup('Ada@Example.org', PASSWORD)
    expect(signup.status).toBe(201)
    expect(signup.json).toMatchObject({ mode: 'server', person: { email: 'ada@example.org' } })
    const cookie = signup.headers.getSetCookie().join('\n')
    expect(cookie).toMatch(/headway_session=[\w-]{40,}/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).not.toMatch(/Secure/)
    expect((await client.me()).json.person.email).toBe('ada@example.org')
    expect((await client.get('/api/goals')).status).toBe(200)

    expect((await client.post('/api/auth/logout')).status).toBe(204)
    expect(client.cookie).toBeUndefined()
    expect((await client.get('/api/goals')).status).toBe(401)
    const login = await client.login('ADA@example.org', PASSWORD)
    expect(login.status).toBe(200)
    expect((await client.get('/api/goals')).status).toBe(200)

    const again = await new Client(server.url).signup('ada@example.org', 'another long phrase')
    expect([again.status, again.json.error.code]).toEqual([409, 'conflict'])
  })

  it('stores only the hash of the session token, and of the password', async () => {
    const client = await signedUp(server, 'hash@example.org')
    const token = client.cookie ?? ''
    const sessions = await store.db.selectFrom('session').selectAll().execute()
    expect(sessions.some((s) => s.id === tokenHash(token))).toBe(true)
    expect(JSON.stringify(sessions)).not.toContain(token)
    const person = await store.db
      .selectFrom('person')
      .selectAll()
      .where('email', '=', 'hash@example.org')
      .executeTakeFirstOrThrow()
    expect(person.password_hash).toMatch(/^scrypt\$12\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(person.password_hash).not.toContain(PASSWORD)
  })

  it('ends sessions after their lifetime, and marks cookies Secure behind HTTPS', async () => {
    const client = await signedUp(server, 'expiry@example.org')
    expect((await client.get('/api/goals')).status).toBe(200)
    server.clock.advance(15 * 86_400_000)
    expect((await client.get('/api/goals')).status).toBe(401)
    expect((await client.me()).json.person).toBeNull()
    const https = await startTestServer(store, { mode: 'server', secureCookies: true })
    try {
      const reply = await new Client(https.url).login('expiry@example.org', PASSWORD)
      expect(reply.status).toBe(200)
      expect(reply.headers.getSetCookie().join()).toMatch(/; Secure/)
      expect(reply.headers.get('strict-transport-security')).toMatch(/max-age=/)
    } finally {
      await https.close()
    }
  })

  it('holds passwords to the rules', async () => {
    const cases: [string, RegExp][] = [
      ['short', /at least 10/],
      ['password123', /too common/],
      ['1234567890', /too common/],
      ['rules@example.org', /email/],
      ['aaaaaaaaaaaa', /different characters/],
    ]
    for (const [password, message] of cases) {
      const reply = await new Client(server.url).signup('rules@example.org', password)
      expect(reply.status, password).toBe(400)
      expect(reply.json.error.code).toBe('validation')
      expect(reply.json.error.issues[0]).toMatchObject({
        path: 'password',
        message: expect.stringMatching(message),
      })
    }
    const bad = await new Client(server.url).post('/api/auth/signup', {
      email: 'not an email',
      password: PASSWORD,
    })
    expect(bad.json.error.issues[0].path).toBe('email')
  })

  it('gives a new session at log-in (no fixation) and ends every session on a password change', async () => {
    const ada = await signedUp(server, 'fix@example.org')
    const planted = ada.cookie
    // An attacker's known token in the victim's browser is not promoted at log-in.
    const victim = new Client(server.url)
    victim.cookie = planted
    const login = await victim.login('fix@example.org', PASSWORD)
    expect(login.status).toBe(200)
    expect(victim.cookie).toBeDefined()
    expect(victim.cookie).not.toBe(planted)
    const stale = new Client(server.url)
    stale.cookie = planted
    expect((await stale.me()).json.person).toBeNull()

    const other = new Client(server.url)
    await other.login('fix@example.org', PASSWORD)
    const wrong = await victim.post('/api/auth/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new phrase',
    })
    expect([wrong.status, wrong.json.error.code]).toEqual([403, 'forbidden'])
    const weak = await victim.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    })
    expect(weak.json.error.issues[0]).toMatchObject({ path: 'newPassword' })
    const before = victim.cookie
    const changed = await victim.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new phrase',
    })
    expect(changed.status, changed.text).toBe(200)
    expect(victim.cookie).not.toBe(before)
    expect((await victim.get('/api/goals')).status).toBe(200)
    expect((await other.get('/api/goals')).status).toBe(401)
    expect((await new Client(server.url).login('fix@example.org', PASSWORD)).status).toBe(401)
    expect(
      (await new Client(server.url).login('fix@example.org', 'a brand new phrase')).status,
    ).toBe(200)
  })

  it('limits failed log-ins per account and per address, with Retry-After', async () => {
    await signedUp(server, 'brute@example.org')
    const attacker = new Client(server.url)
    const from = (ip: string) => ({ 'x-forwarded-for': ip })
    for (let i = 0; i < 5; i++) {
      const reply = await attacker.login(
        'brute@example.org',
        `wrong guess ${i}x`,
        from(`10.0.0.${i}`),
      )
      expect(reply.status).toBe(401)
      expect(reply.json.error.message).toBe('wrong email or password')
    }
    // The sixth try is refused even with the right password, from a fresh address.
    const locked = await attacker.login('brute@example.org', PASSWORD, from('10.0.1.1'))
    expect([locked.status, locked.json.error.code]).toEqual([429, 'rate_limited'])
    const retry = Number(locked.headers.get('retry-after'))
    expect(retry).toBeGreaterThan(800)
    expect(retry).toBeLessThanOrEqual(900)
    // An unknown account answers like a wrong password (no account enumeration).
    const unknown = await attacker.login('nobody@example.org', PASSWORD, from('10.0.2.1'))
    expect([unknown.status, unknown.json.error.message]).toEqual([401, 'wrong email or password'])
    // One address trying many accounts is stopped too, at the per-address ceiling.
    const ceiling = DEFAULT_CONFIG.loginMaxFailuresPerAddress
    for (let i = 0; i < ceiling; i++)
      await attacker.login(`spray${i}@example.org`, 'some password x', from('10.0.3.3'))
    const sprayed = await attacker.login('spray-last@example.org', 'whatever it', from('10.0.3.3'))
    expect([sprayed.status, sprayed.json.error.message]).toEqual([
      429,
      expect.stringMatching(/^too many failed log-ins from this address/),
    ])
    // After the window the account can log in again.
    server.clock.advance(16 * 60_000)
    const later = await attacker.login('brute@example.org', PASSWORD, from('10.0.4.4'))
    expect(later.status).toBe(200)
  })

  it('does not let people behind one address (a campus) lock each other out', async () => {
    const campus = { 'x-forwarded-for': '10.8.8.8' }
    const students = Array.from({ length: 8 }, (_, i) => `student${i}@example.org`)
    for (const email of students) await signedUp(server, email)
    // Every student mistypes once from the shared address: 8 failures, more than 5.
    for (const email of students) {
      const typo = await new Client(server.url).login(email, 'not my password', campus)
      expect(typo.status).toBe(401)
    }
    for (const email of students) {
      const right = await new Client(server.url).login(email, PASSWORD, campus)
      expect(right.status, email).toBe(200)
    }
  })

  it('limits new accounts per address, counting only accounts made', async () => {
    const limited = await startTestServer(store, {
      mode: 'server',
      trustProxy: true,
      signupMaxPerAddress: 3,
      signupWindowMinutes: 60,
    })
    try {
      const from = { 'x-forwarded-for': '192.0.2.7' }
      const client = new Client(limited.url)
      // A refused password makes no account, so it does not count.
      expect((await client.signup('weak@example.org', 'short', from)).status).toBe(400)
      for (let i = 0; i < 3; i++) {
        expect((await client.signup(`many${i}@example.org`, PASSWORD, from)).status).toBe(201)
      }
      const refused = await client.signup('many3@example.org', PASSWORD, from)
      expect([refused.status, refused.json.error.code]).toEqual([429, 'rate_limited'])
      expect(refused.json.error.message).toMatch(/too many new accounts from this address/)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500)
      // Another address is not affected; after the window this one may sign up again.
      const elsewhere = await client.signup('other@example.org', PASSWORD, {
        'x-forwarded-for': '198.51.100.9',
      })
      expect(elsewhere.status).toBe(201)
      limited.clock.advance(61 * 60_000)
      expect((await client.signup('many3@example.org', PASSWORD, from)).status).toBe(201)
    } finally {
      await limited.close()
    }
  })

  it('refuses a Host header no URL can hold with a 400 in the documented shape', async () => {
    const { port } = new URL(server.url)
    for (const host of ['99999999999999999999', '1.2.3.4.5', '0x7fffffffff']) {
      const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/api/health', headers: { host } },
          (res) => {
            let body = ''
            res.on('data', (d) => {
              body += String(d)
            })
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
          },
        )
        req.on('error', reject)
        req.end()
      })
      expect(reply.status, host).toBe(400)
      expect(JSON.parse(reply.body)).toEqual({
        error: { code: 'bad_request', message: 'the Host header is not a valid host name' },
      })
    }
  })

  it('asks for a session on every route that reads or writes a person', async () => {
    const anonymous = new Client(server.url)
    const personRoutes = server.server.routes.filter((r) => r.access === 'person')
    expect(personRoutes.length).toBeGreaterThan(40)
    for (const route of personRoutes) {
      const body = route.example?.(placeholderIds)
      const reply = await anonymous.request(
        route.method,
        fillPath(route.path, 'x'),
        body === undefined ? {} : { body },
      )
      expect([reply.status, reply.json?.error?.code], `${route.method} ${route.path}`).toEqual([
        401,
        'unauthorized',
      ])
    }
  })

  it('refuses every state-changing route without the session CSRF token', async () => {
    const client = await signedUp(server, 'csrf@example.org')
    const ids = await seedViaApi(client, server.server.routes)
    const other = await signedUp(server, 'csrf-other@example.org')
    const changing = server.server.routes.filter((r) => r.csrf)
    expect(changing.length).toBeGreaterThan(25)
    for (const route of changing) {
      const body = route.example?.(ids)
      const path = fillPath(route.path, route.owns ? ids[route.owns] : 'x')
      const none = await client.request(route.method, path, {
        noCsrf: true,
        ...(body === undefined ? {} : { body }),
      })
      expect([none.status, none.json?.error?.code], `${route.method} ${route.path}`).toEqual([
        403,
        'csrf',
      ])
      // Another session's token does not fit this session.
      const borrowed = await client.request(route.method, path, {
        noCsrf: true,
        headers: { 'x-csrf-token': other.csrf ?? '' },
        ...(body === undefined ? {} : { body }),
      })
      expect(borrowed.status, `${route.method} ${route.path}`).toBe(403)
    }
    // Nothing changed.
    expect((await client.get(`/api/goals/${ids.goals}`)).status).toBe(200)
    expect((await client.me()).json.person.email).toBe('csrf@example.org')
    // Log-in from another site is refused by its Origin.
    const foreign = await new Client(server.url).login('csrf@example.org', PASSWORD, {
      origin: 'https://evil.example',
    })
    // Behind the trusted proxy the public host counts, not the proxy's.
    const proxied = await new Client(server.url).login('csrf@example.org', PASSWORD, {
      origin: 'https://headway.example.edu',
      'x-forwarded-host': 'headway.example.edu',
    })
    expect(proxied.status).toBe(200)
    expect([foreign.status, foreign.json.error.code]).toEqual([403, 'csrf'])
  })

  it('lets an invited coach read a student, read-only, until the invite is revoked', async () => {
    const student = await signedUp(server, 'student@example.org')
    const coach = await signedUp(server, 'mentor@example.org')
    const stranger = await signedUp(server, 'stranger@example.org')
    const ids = await seedViaApi(student, server.server.routes)
    const none = await student.post('/api/coach/invites', { email: 'nobody-here@example.org' })
    expect([none.status, none.json.error.code]).toEqual([404, 'not_found'])
    const self = await student.post('/api/coach/invites', { email: 'student@example.org' })
    expect(self.status).toBe(400)
    const invite = await student.post('/api/coach/invites', { email: 'Mentor@example.org' })
    expect(invite.status).toBe(201)
    expect(invite.json).toMatchObject({ coachEmail: 'mentor@example.org' })
    expect(
      (await student.post('/api/coach/invites', { email: 'mentor@example.org' })).json.id,
    ).toBe(invite.json.id)
    expect((await student.get('/api/coach/invites')).json).toHaveLength(1)

    const me = (await student.me()).json.person.id
    const students = await coach.get('/api/coach/students')
    expect(students.json).toEqual([
      { id: me, email: 'student@example.org', invitedAt: invite.json.createdAt },
    ])
    const seen = await coach.get(`/api/coach/students/${me}/export`)
    expect(seen.status).toBe(200)
    const own = await student.get('/api/export')
    expect({ ...seen.json, exportedAt: '' }).toEqual({ ...own.json, exportedAt: '' })
    // Read-only: the coach's writes land nowhere in the student's data.
    expect(
      (await coach.put(`/api/goals/${ids.goals}`, { text: 'x', type: 'skill', horizon: 'short' }))
        .status,
    ).toBe(404)
    expect((await coach.delete(`/api/goals/${ids.goals}`)).status).toBe(404)
    // Every writing route of the table, with the student's ids: 404, and nothing changes.
    for (const route of server.server.routes.filter((r) => r.owns && r.method !== 'GET')) {
      const body = route.example?.(ids)
      const path = fillPath(route.path, ids[route.owns as keyof ExampleIds])
      const reply = await coach.request(route.method, path, body === undefined ? {} : { body })
      expect(reply.status, `${route.method} ${route.path}`).toBe(404)
    }
    expect({ ...(await student.get('/api/export')).json, exportedAt: '' }).toEqual({
      ...own.json,
      exportedAt: '',
    })
    // Nobody else gets in, and the coach's own data stays the coach's.
    expect((await stranger.get(`/api/coach/students/${me}/export`)).status).toBe(404)
    expect((await stranger.get('/api/coach/students')).json).toEqual([])
    expect((await coach.get('/api/goals')).json).toEqual([])

    expect((await student.delete(`/api/coach/invites/${invite.json.id}`)).status).toBe(204)
    expect((await coach.get(`/api/coach/students/${me}/export`)).status).toBe(404)
    expect((await coach.get('/api/coach/students')).json).toEqual([])
  })

  it("gives a second account 404 for every one of the first account's objects, on every route", async () => {
    const alice = await signedUp(server, 'alice@example.org')
    const bob = await signedUp(server, 'bob@example.org')
    await signedUp(server, 'coach@example.org')
    const aliceIds = await seedViaApi(alice, server.server.routes, { email: 'coach@example.org' })
    const bobIds = await seedViaApi(bob, server.server.routes, { email: 'coach@example.org' })
    const routes = server.server.routes
    const covered = new Set<Route>()

    // Every route naming an object by id: Bob asking for Alice's gets 404.
    for (const route of routes.filter((r) => r.owns)) {
      const owns = route.owns as keyof ExampleIds
      const body = route.example?.(bobIds)
      const reply = await bob.request(
        route.method,
        fillPath(route.path, aliceIds[owns]),
        body === undefined ? {} : { body },
      )
      expect([reply.status, reply.json?.error?.code], `${route.method} ${route.path}`).toEqual([
        404,
        'not_found',
      ])
      covered.add(route)
    }
    // Every route whose body refers to other objects: Alice's ids are unknown to Bob.
    for (const route of routes.filter((r) => r.example && !r.owns)) {
      const withAlice = JSON.stringify(route.example?.(aliceIds))
      if (withAlice === JSON.stringify(route.example?.(bobIds))) continue
      const reply = await bob.request(route.method, route.path, { body: JSON.parse(withAlice) })
      expect([reply.status, reply.json?.error?.code], `${route.method} ${route.path}`).toEqual([
        404,
        'not_found',
      ])
      covered.add(route)
    }
    // Every other person route that reads: nothing of Alice's in what Bob sees.
    const aliceMarks = [...Object.values(aliceIds), 'alice@example.org']
    for (const route of routes.filter(
      (r) => r.access === 'person' && r.method === 'GET' && !r.owns,
    )) {
      const reply = await bob.get(route.path)
      expect(reply.status, route.path).toBe(200)
      for (const mark of aliceMarks)
        expect(reply.text, `${route.path} leaks ${mark}`).not.toContain(mark)
      covered.add(route)
    }
    // The rest write only Bob's own data or none (checked below); no route may be left out.
    const rest = routes
      .filter((r) => r.access === 'person' && !covered.has(r))
      .map((r) => `${r.method} ${r.path}`)
    expect(rest.sort()).toEqual([
      'DELETE /api/account',
      'POST /api/analyze',
      'POST /api/auth/password',
      'POST /api/coach/invites',
      'POST /api/companies',
      'POST /api/company/extract',
      'POST /api/goals',
      'POST /api/import',
      'POST /api/practice/metrics',
      'POST /api/stories',
      'PUT /api/profile',
    ])
    // Bob's writes on those routes land in Bob's data; Alice's is unchanged.
    const aliceBefore = (await alice.get('/api/export')).json
    expect((await bob.put('/api/profile', { name: 'Bob' })).status).toBe(200)
    const bobExport = (await bob.get('/api/export')).json
    expect((await bob.post('/api/import?replace=true', bobExport)).status).toBe(200)
    expect((await bob.delete('/api/account')).status).toBe(204)
    expect((await bob.get('/api/goals')).status).toBe(401)
    const aliceAfter = (await alice.get('/api/export')).json
    expect({ ...aliceAfter, exportedAt: '' }).toEqual({ ...aliceBefore, exportedAt: '' })
    expect(aliceAfter.goals.length).toBeGreaterThan(0)
    // A deleted account cannot log in.
    expect((await new Client(server.url).login('bob@example.org', PASSWORD)).status).toBe(401)
  })
})

const placeholderIds: ExampleIds = {
  goals: 'g',
  companies: 'c',
  applications: 'a',
  answers: 'n',
  questions: 'q',
  practice: 'p',
  stories: 's',
  prepSheets: 'h',
  coachInvites: 'i',
  students: 'u',
}

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer as createHttpServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { routeTable } from '../../src/server/app.js'
import { ENTITY_APIS } from '../../src/server/routes/entities.js'
import type { Route } from '../../src/server/routes/route.js'
import { testStores } from '../store/harness.js'
import { Client, fillPath, seedViaApi, startTestServer, type TestServer } from './harness.js'

/** Local mode over real HTTP: every route's happy path, validation, limits, CSRF, headers. */

const stores = testStores()
afterAll(() => stores.closeAll())

const isAuthOnly = (path: string) => ['/api/auth/signup', '/api/auth/login'].includes(path)

describe.each(stores.dialects)('API in local mode on %s', (dialect) => {
  let server: TestServer
  let client: Client

  beforeAll(async () => {
    server = await startTestServer(await stores.open(dialect))
    client = new Client(server.url)
    const me = await client.me()
    expect(me.json).toMatchObject({ mode: 'local', person: { id: 'local' } })
  })
  afterAll(() => server.close())

  it('answers every route of the table with its documented status and shape', async () => {
    const ids = await seedViaApi(client, server.server.routes)
    // Deletions last, then their undo, the account last of all, so every route finds its objects.
    const order = (m: string, p: string) =>
      p === '/api/account' ? 3 : p.endsWith('/restore') ? 2 : m === 'DELETE' ? 1 : 0
    const routes = [...server.server.routes]
      .filter((r) => !r.serverOnly)
      .sort((a, b) => order(a.method, a.path) - order(b.method, b.path))
    // Delete dependents before what they point at (a prep sheet goes with its application).
    const deletes = routes
      .filter((r) => r.method === 'DELETE' && r.path !== '/api/account')
      .reverse()
    routes.splice(routes.indexOf(deletes[deletes.length - 1] as Route), deletes.length, ...deletes)
    const seen: string[] = []
    for (const route of routes) {
      const id = route.owns ? ids[route.owns] : ''
      let path = fillPath(route.path, id)
      let body = route.example?.(ids)
      if (route.path === '/api/import') {
        // Import over the person's own data: replace it with what it already is.
        body = (await client.get('/api/export')).json
        path += '?replace=true'
      }
      const reply = await client.request(route.method, path, body === undefined ? {} : { body })
      expect(reply.status, `${route.method} ${route.path}: ${reply.text}`).toBe(
        route.response.status,
      )
      if (route.response.schema) {
        const parsed = route.response.schema.safeParse(reply.json)
        expect(parsed.success, `${route.method} ${route.path} response shape`).toBe(true)
      }
      seen.push(`${route.method} ${route.path}`)
    }
    expect(seen.length).toBe(routes.length)
    // After DELETE /api/account nothing is left.
    for (const api of ENTITY_APIS) {
      expect((await client.get(`/api/${api.path}`)).json, api.path).toEqual([])
    }
  })

  it('keeps what it stores and returns it unchanged', async () => {
    const goal = await client.post('/api/goals', {
      text: 'Become a staff engineer',
      type: 'position',
      horizon: 'long',
    })
    expect(goal.status).toBe(201)
    expect(goal.json).toMatchObject({
      text: 'Become a staff engineer',
      milestones: [],
      progress: [],
    })
    expect((await client.get(`/api/goals/${goal.json.id}`)).json).toEqual(goal.json)
    server.clock.advance(1000)
    const patched = await client.patch(`/api/goals/${goal.json.id}`, {
      progress: [{ date: '2026-11-25', percent: 40 }],
    })
    expect(patched.json).toMatchObject({
      text: 'Become a staff engineer',
      progress: [{ percent: 40 }],
      createdAt: goal.json.createdAt,
    })
    expect(patched.json.updatedAt > goal.json.updatedAt).toBe(true)
    const bad = await client.patch(`/api/goals/${goal.json.id}`, { horizon: 'someday' })
    expect(bad.status).toBe(400)
    expect(bad.json.error.issues).toEqual([expect.objectContaining({ path: 'horizon' })])

    const practice = await client.post('/api/practice', {
      question: 'Where do you see yourself in five years?',
      questionKind: 'five-years',
      transcript: 'Um, I guess I kind of want to lead a team.',
      seconds: 6,
    })
    expect(practice.status).toBe(201)
    expect(practice.json.report.stats).toMatchObject({ seconds: 6 })
    expect(typeof practice.json.report.score).toBe('number')
    expect(practice.json.metrics).toEqual({})

    // A STAR prompt (no career-goals kind) is scored as a story, not as a career-goals answer.
    const star = await client.post('/api/practice', {
      question: 'Tell me about a time you led a project.',
      transcript:
        'Last year our clinic had a three-week wait for intake. I was asked to fix it. I built a triage checklist and trained the front desk. As a result the wait dropped to five days.',
      seconds: 14,
    })
    expect(star.status).toBe(201)
    expect(star.json.report.story.parts.action.length).toBeGreaterThan(0)
    expect(star.json.report.score).toBe(star.json.report.story.score)
    expect(star.json.report.verdict).toBe('strong')
  })

  it('refuses bad bodies with the documented error shape', async () => {
    const cases: [string, string, unknown, number, string][] = [
      ['POST', '/api/analyze', { text: 42 }, 400, 'validation'],
      ['POST', '/api/analyze', {}, 400, 'validation'],
      ['POST', '/api/analyze', { text: '   ' }, 400, 'validation'],
      ['POST', '/api/analyze', { text: 'x'.repeat(20_001) }, 400, 'validation'],
      ['POST', '/api/analyze', { text: 'ok', context: { question: 'nope' } }, 400, 'validation'],
      ['POST', '/api/goals', { text: 'x' }, 400, 'validation'],
      ['POST', '/api/goals', [], 400, 'validation'],
      ['POST', '/api/applications', { role: 'x', companyId: 'missing' }, 404, 'not_found'],
      [
        'POST',
        '/api/prep-sheets',
        { applicationId: 'missing', content: { title: 'Prep' } },
        404,
        'not_found',
      ],
      [
        'POST',
        '/api/companies',
        { name: 'x', url: 'javascript:alert(1)', dossier: {} },
        400,
        'validation',
      ],
      ['POST', '/api/company/extract', {}, 400, 'validation'],
      ['POST', '/api/company/extract', { html: '<p>a</p>', text: 'b' }, 400, 'validation'],
      ['PUT', '/api/profile', { skills: [{ name: 'SQL', status: 'maybe' }] }, 400, 'validation'],
      ['GET', '/api/goals/no-such-id', undefined, 404, 'not_found'],
      ['DELETE', '/api/stories/no-such-id', undefined, 404, 'not_found'],
      ['GET', '/api/nothing-here', undefined, 404, 'not_found'],
      ['DELETE', '/api/health', undefined, 405, 'method_not_allowed'],
    ]
    for (const [method, path, body, status, code] of cases) {
      const reply = await client.request(method, path, body === undefined ? {} : { body })
      expect(reply.status, `${method} ${path} ${reply.text}`).toBe(status)
      expect(reply.json.error.code, `${method} ${path}`).toBe(code)
      expect(typeof reply.json.error.message).toBe('string')
      expect(reply.text).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/)
    }
    const notJson = await client.request('POST', '/api/analyze', { raw: '{"text": ' })
    expect([notJson.status, notJson.json.error.code]).toEqual([400, 'bad_request'])
    const deep = `{"question":"q","transcript":"I want to lead.","seconds":5,"metrics":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`
    const nested = await client.request('POST', '/api/practice', { raw: deep })
    expect([nested.status, nested.json.error.code]).toEqual([400, 'bad_request'])
    expect(nested.json.error.message).toMatch(/deeper than 64/)
    const form = await client.request('POST', '/api/analyze', {
      raw: 'text=hi',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect([form.status, form.json.error.code]).toEqual([415, 'unsupported_media_type'])
    const query = await client.post('/api/import?replace=maybe', {})
    expect([query.status, query.json.error.code]).toEqual([400, 'validation'])
  })

  it('refuses bodies over the limit with 413', async () => {
    const huge = JSON.stringify({ text: 'a '.repeat(600_000) })
    const reply = await client.request('POST', '/api/analyze', { raw: huge })
    expect(reply.status).toBe(413)
    expect(reply.json.error.code).toBe('payload_too_large')
    // The larger limit of import still has an end.
    const bigger = await client.request('POST', '/api/import', {
      raw: `"${'a'.repeat(11 * 1024 * 1024)}"`,
    })
    expect([bigger.status, bigger.json.error.code]).toEqual([413, 'payload_too_large'])
  })

  it('refuses changes without the CSRF token or from another origin', async () => {
    const body = { text: 'In two years I want to lead.' }
    const none = await client.post('/api/analyze', body, { noCsrf: true })
    expect([none.status, none.json.error.code]).toEqual([403, 'csrf'])
    const wrong = await client.post('/api/analyze', body, {
      noCsrf: true,
      headers: { 'x-csrf-token': 'guess' },
    })
    expect(wrong.status).toBe(403)
    const foreign = await client.post('/api/analyze', body, {
      headers: { origin: 'https://evil.example' },
    })
    expect([foreign.status, foreign.json.error.code]).toEqual([403, 'csrf'])
    const crossSite = await client.post('/api/analyze', body, {
      headers: { 'sec-fetch-site': 'cross-site' },
    })
    expect(crossSite.status).toBe(403)
    const sameOrigin = await client.post('/api/analyze', body, { headers: { origin: server.url } })
    expect(sameOrigin.status).toBe(200)
    // Every state-changing route asks for the token (GETs never change anything).
    for (const route of server.server.routes) {
      if (route.method === 'GET') continue
      expect(route.csrf || isAuthOnly(route.path), `${route.method} ${route.path}`).toBe(true)
    }
    // Server-mode routes do not exist in local mode.
    for (const route of server.server.routes.filter((r) => r.serverOnly)) {
      const body = route.example?.({} as never)
      const reply = await client.request(
        route.method,
        fillPath(route.path, 'x'),
        body === undefined ? {} : { body },
      )
      expect([reply.status, reply.json.error.code], `${route.method} ${route.path}`).toEqual([
        404,
        'not_found',
      ])
    }
  })

  it('answers only to a loopback Host name (no DNS rebinding)', async () => {
    const port = new URL(server.url).port
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/health',
          headers: { host: `attacker.example:${port}` },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(403)
  })

  it('sends the security headers and documents every route in OpenAPI', async () => {
    const reply = await client.get('/api/openapi.json')
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(reply.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(reply.headers.get('content-security-policy')).not.toContain('unsafe-inline')
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff')
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer')
    const documented = Object.entries(
      reply.json.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    expect(documented.sort()).toEqual(
      server.server.routes.map((r) => `${r.method} ${r.path}`).sort(),
    )
    expect(routeTable.length).toBe(server.server.routes.length - 1)
    // docs/api.md lists every route, and only those.
    const doc = await readFile(new URL('../../docs/api.md', import.meta.url), 'utf8')
    const listed = doc.split('## Every route')[1]?.split('```')[1]?.trim().split('\n') ?? []
    expect(listed.map((l) => l.replace(/\s+/, ' '))).toEqual(
      server.server.routes.map((r) => `${r.method} ${r.path}`),
    )
  })

  it('exports, and imports into a fresh database, the same data', async () => {
    const before = await client.get('/api/export')
    const fresh = await startTestServer(await stores.open(dialect))
    try {
      const other = new Client(fresh.url)
      await other.me()
      await seedViaApi(client, server.server.routes)
      const exported = await client.get('/api/export')
      expect(exported.headers.get('content-disposition')).toMatch(
        /attachment; filename="headway-export-/,
      )
      const imported = await other.post('/api/import', exported.json)
      expect(imported.status, imported.text).toBe(200)
      expect(imported.json.imported).toMatchObject({
        goals: exported.json.goals.length,
        answerVersions: 1,
      })
      const again = await other.get('/api/export')
      expect({ ...again.json, exportedAt: '' }).toEqual({ ...exported.json, exportedAt: '' })
      const twice = await other.post('/api/import', exported.json)
      expect([twice.status, twice.json.error.code]).toEqual([409, 'conflict'])
      const replaced = await other.post('/api/import?replace=true', before.json)
      expect(replaced.status).toBe(200)
      const broken = await other.post('/api/import?replace=true', {
        format: 'headway-export',
        version: 2,
        goals: 'no',
      })
      expect([broken.status, broken.json.error.code]).toEqual([400, 'validation'])
      // Repeated ids in nested collections: a clear 400 naming the entry, not a 500 from the database.
      const repeated = structuredClone(exported.json)
      const answer = repeated.answers[0]
      answer.versions.push({ ...answer.versions[0] })
      repeated.goals[0].milestones = [
        { id: 'm1', text: 'First step', done: false },
        { id: 'm1', text: 'Second step', done: false },
      ]
      const duplicate = await other.post('/api/import?replace=true', repeated)
      expect([duplicate.status, duplicate.json.error.code], duplicate.text).toEqual([
        400,
        'validation',
      ])
      expect(duplicate.json.error.issues.map((i: { path: string }) => i.path)).toEqual([
        'answers.0.versions.1.id',
        'goals.0.milestones.1.id',
      ])
    } finally {
      await fresh.close()
    }
  })
})

describe('company research over HTTP', () => {
  it('refuses a page nested past the limit with a 400 naming the field', async () => {
    const server = await startTestServer(await stores.open('sqlite'))
    try {
      const client = new Client(server.url)
      await client.me()
      const html = `${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}`
      const reply = await client.post('/api/company/extract', { html })
      expect([reply.status, reply.json.error.code, reply.json.error.issues[0].path]).toEqual([
        400,
        'validation',
        'html',
      ])
      expect(reply.json.error.message).toMatch(/^the page nests its elements 3000 levels deep/)
    } finally {
      await server.close()
    }
  })

  it("follows the site's own values page when asked, as headway company --follow does", async () => {
    const site = createHttpServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(
        req.url === '/values'
          ? '<html><head><title>Values - Birchway</title></head><body><main><h1>What we value</h1><h2>Our values</h2><ul><li><b>Patience</b>: we wait for the right fix.</li><li><b>Repair first</b>: we mend before we replace.</li></ul></main></body></html>'
          : '<html><head><title>Birchway</title></head><body><main><h1>Birchway</h1><p>Birchway repairs bicycles for commuters across the valley, and has since 1998.</p><p><a href="/values">Our values</a></p></main></body></html>',
      )
    })
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`
    const store = await stores.open('sqlite')
    const server = await startTestServer(store, { allowLoopbackFetch: true })
    try {
      const client = new Client(server.url)
      await client.me()
      const one = await client.post('/api/company/extract', { url })
      expect(one.status, one.text).toBe(200)
      expect(one.json.dossier.values).toEqual([])
      const followed = await client.post('/api/company/extract', { url, follow: true })
      expect(followed.status, followed.text).toBe(200)
      expect(followed.json.dossier.values.map((v: { name: string }) => v.name)).toEqual([
        'Patience',
        'Repair first',
      ])
      const bad = await client.post('/api/company/extract', { text: 'Birchway', follow: true })
      expect([bad.status, bad.json.error.issues[0].path]).toEqual([400, 'follow'])
    } finally {
      await server.close()
      await new Promise<void>((resolve) => site.close(() => resolve()))
    }
  })

  it('fetches a page on loopback only when allowed, and builds the dossier from it', async () => {
    const page = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(
        '<html><head><title>Acme Health</title></head><body><main><h1>Acme Health</h1><p>We exist to make care simple for every family.</p><h2>Our values</h2><ul><li><b>Curiosity</b>: we ask why.</li><li><b>Candour</b>: we say what we see.</li></ul></main></body></html>',
      )
    })
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/about`
    const store = await stores.open('sqlite')
    const allowed = await startTestServer(store, { allowLoopbackFetch: true })
    const refused = await startTestServer(store)
    try {
      const client = new Client(allowed.url)
      await client.me()
      const reply = await client.post('/api/company/extract', { url, job: 'Backend engineer' })
      expect(reply.status, reply.text).toBe(200)
      expect(reply.json.dossier.values.map((v: { name: string }) => v.name)).toEqual([
        'Curiosity',
        'Candour',
      ])
      expect(reply.json.sourceText).toContain('We exist to make care simple')

      const other = new Client(refused.url)
      await other.me()
      const no = await other.post('/api/company/extract', { url })
      expect([no.status, no.json.error.code, no.json.error.issues[0].path]).toEqual([
        400,
        'validation',
        'url',
      ])
      expect(no.json.error.message).toMatch(/loopback/)
      const gone = await client.post('/api/company/extract', { url: 'http://127.0.0.1:1/nothing' })
      expect([gone.status, gone.json.error.code]).toEqual([502, 'upstream'])
    } finally {
      await allowed.close()
      await refused.close()
      await new Promise<void>((resolve) => page.close(() => resolve()))
    }
  })
})

describe('the web app files', () => {
  let dir: string
  let server: TestServer
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'headway-web-'))
    await mkdir(join(dir, 'assets'))
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><title>headway</title><script type="module" src="/assets/app-1a2b3c4d.js"></script>',
    )
    await writeFile(join(dir, 'assets', 'app-1a2b3c4d.js'), 'console.log(1)')
    await writeFile(join(tmpdir(), 'headway-secret.txt'), 'secret')
    server = await startTestServer(await stores.open('sqlite'), { webDir: dir })
  })
  afterAll(async () => {
    await server.close()
    await rm(dir, { recursive: true, force: true })
    await rm(join(tmpdir(), 'headway-secret.txt'), { force: true })
  })

  it('serves files, index.html for app routes, and nothing outside the folder', async () => {
    const client = new Client(server.url)
    const index = await client.get('/')
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toContain('text/html')
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'")
    const asset = await client.get('/assets/app-1a2b3c4d.js')
    expect(asset.text).toBe('console.log(1)')
    expect(asset.headers.get('content-type')).toContain('text/javascript')
    expect(asset.headers.get('cache-control')).toContain('immutable')
    expect((await client.get('/goals/some-id')).text).toContain('<title>headway</title>')
    const outside = await client.get('/..%2fheadway-secret.txt')
    expect(outside.text).not.toContain('secret')
    const api = await client.get('/api/unknown')
    expect(api.json.error.code).toBe('not_found')
  })
})

import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createServer, type HeadwayServer } from '../../src/server/app.js'
import { resolveConfig, type ServerConfig } from '../../src/server/config.js'
import { ENTITY_APIS } from '../../src/server/routes/entities.js'
import type { ExampleIds, FetchedPage, Route } from '../../src/server/routes/route.js'
import type { Store } from '../../src/store/connect.js'
import { ensureLocalPerson } from '../../src/store/repositories/people.js'

/**
 * A real headway server on 127.0.0.1 (port 0) over a fresh store, and a small client
 * that keeps its own cookie and CSRF token, like one browser.
 */

export interface TestServer {
  url: string
  server: HeadwayServer
  clock: { now(): Date; advance(ms: number): void }
  logs: string[]
  close(): Promise<void>
}

export async function startTestServer(
  store: Store,
  config: Partial<ServerConfig> = {},
  extra: { fetchPage?: (url: string) => Promise<FetchedPage> } = {},
): Promise<TestServer> {
  let offset = 0
  const clock = {
    now: () => new Date(Date.now() + offset),
    advance: (ms: number) => {
      offset += ms
    },
  }
  await ensureLocalPerson(store.db, clock.now().toISOString())
  const logs: string[] = []
  const server = createServer({
    db: store.db,
    // scrypt cost 2^12 keeps the suite fast; production uses 2^15 (passwords.test.ts).
    config: resolveConfig({ scryptLogN: 12, ...config }),
    clock,
    dialect: store.dialect,
    log: (line) => logs.push(line),
    ...extra,
  })
  const http = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => http.once('listening', () => resolve()))
  const { port } = http.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    clock,
    logs,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  }
}

export interface Reply {
  status: number
  headers: Headers
  text: string
  // biome-ignore lint/suspicious/noExplicitAny: test convenience: JSON bodies are inspected ad hoc
  json: any
}

export interface RequestOptions {
  body?: unknown
  /** Raw body text (sent as is). */
  raw?: string
  headers?: Record<string, string>
  /** Leave out the CSRF header even when the client has a token. */
  noCsrf?: boolean
}

/** One browser: a cookie jar of one cookie and the CSRF token from /api/auth/me. */
export class Client {
  cookie: string | undefined
  csrf: string | undefined

  constructor(readonly base: string) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers }
    if (this.cookie !== undefined) headers.cookie = `headway_session=${this.cookie}`
    if (this.csrf && !options.noCsrf && method !== 'GET') headers['x-csrf-token'] = this.csrf
    let body: string | undefined
    if (options.raw !== undefined) body = options.raw
    else if (options.body !== undefined) body = JSON.stringify(options.body)
    if (body !== undefined && !('content-type' in headers))
      headers['content-type'] = 'application/json'
    const res = await fetch(this.base + path, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    })
    const setCookie = res.headers
      .getSetCookie()
      .filter((c) => c.startsWith('headway_session='))
      .at(-1)
    if (setCookie) {
      const value = setCookie.split(';')[0]?.slice('headway_session='.length) ?? ''
      this.cookie = value === '' ? undefined : value
    }
    const text = await res.text()
    let json: unknown = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = null
    }
    if (json && typeof json === 'object' && 'csrfToken' in json) {
      this.csrf = (json as { csrfToken: string | null }).csrfToken ?? undefined
    }
    return { status: res.status, headers: res.headers, text, json }
  }

  get = (path: string, options?: RequestOptions) => this.request('GET', path, options)
  post = (path: string, body?: unknown, options?: RequestOptions) =>
    this.request('POST', path, { ...options, body })
  put = (path: string, body?: unknown, options?: RequestOptions) =>
    this.request('PUT', path, { ...options, body })
  patch = (path: string, body?: unknown, options?: RequestOptions) =>
    this.request('PATCH', path, { ...options, body })
  delete = (path: string, options?: RequestOptions) => this.request('DELETE', path, options)

  /** Fetch the CSRF token (and, in server mode, learn who is signed in). */
  async me(): Promise<Reply> {
    return this.get('/api/auth/me')
  }

  async signup(
    email: string,
    password = 'correct horse battery',
    headers?: Record<string, string>,
  ): Promise<Reply> {
    return this.post('/api/auth/signup', { email, password }, headers ? { headers } : {})
  }

  async login(email: string, password = 'correct horse battery', headers?: Record<string, string>) {
    return this.post('/api/auth/login', { email, password }, headers ? { headers } : {})
  }
}

/** Fill a route path's `:id` with a value. */
export const fillPath = (path: string, id: string) => path.replace(/:\w+/g, encodeURIComponent(id))

/** Create one of every stored object through the API (examples of the route table). */
export async function seedViaApi(
  client: Client,
  routes: readonly Route[],
  coach?: { email: string },
): Promise<ExampleIds> {
  const ids: Partial<ExampleIds> = { coachInvites: 'none', students: 'none' }
  const order = [
    'companies',
    'applications',
    'answers',
    'goals',
    'questions',
    'practice',
    'stories',
    'prepSheets',
  ] as const
  for (const name of order) {
    const api = ENTITY_APIS.find((a) => a.name === name)
    const route = routes.find((r) => r.method === 'POST' && r.path === `/api/${api?.path}`)
    if (!api || !route?.example) throw new Error(`no create route for ${name}`)
    const reply = await client.post(route.path, route.example(ids as ExampleIds))
    if (reply.status !== 201) throw new Error(`seeding ${name}: ${reply.status} ${reply.text}`)
    ids[name] = reply.json.id
  }
  const full = ids as ExampleIds
  const version = await client.post(`/api/answers/${full.answers}/versions`, {
    text: 'In two years I want to lead the payments team.',
  })
  if (version.status !== 201) throw new Error(`seeding a version: ${version.text}`)
  const profile = await client.put('/api/profile', { name: 'Seed', passions: ['care'] })
  if (profile.status !== 200) throw new Error(`seeding the profile: ${profile.text}`)
  if (coach) {
    const invite = await client.post('/api/coach/invites', { email: coach.email })
    if (invite.status !== 201) throw new Error(`seeding an invite: ${invite.text}`)
    full.coachInvites = invite.json.id
    full.students = (await client.me()).json.person.id
  }
  return full
}

import { request } from 'node:http'
import { connect } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ERROR_STATUS, type ErrorCode } from '../../src/server/errors.js'
import type { ExampleIds, Route } from '../../src/server/routes/route.js'
import { routeTable } from '../../src/server/routes/table.js'
import { testStores } from '../store/harness.js'
import { Client, seedViaApi, startTestServer, type TestServer } from './harness.js'

/**
 * Bad input and attackers: every route of the table, fuzzed over real loopback HTTP
 * with fast-check. Bodies (anything, or a valid example with one field broken), query
 * strings, path parameters, content types and raw bytes. Every answer must be below
 * 500, every error must have the documented shape and status, no answer may carry a
 * stack, a file path or SQL, and the server must still be healthy afterwards.
 *
 * The inputs derive from the route table (method, path, body schema, `example`), so a
 * new route is fuzzed without touching this file. FUZZ_SEED and FUZZ_SCALE (a run
 * multiplier) reproduce or deepen a run; fast-check prints the seed and the shrunk
 * input of any failure.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261125)
const SCALE = Number(process.env.FUZZ_SCALE ?? 1)
const runs = (n: number) => Math.max(1, Math.round(n * SCALE))

// ---------------------------------------------------------------------------------------
// A raw HTTP client: any path bytes, any body bytes, any headers, no cookie handling.

interface Sent {
  method: string
  path: string
  headers: Record<string, string>
  body?: Buffer | string
}

interface Answer {
  status: number
  contentType: string
  text: string
}

function send(base: string, sent: Sent): Promise<Answer> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: sent.method,
        path: sent.path,
        // Node sends a GET or DELETE body without framing unless it is told the length.
        headers:
          sent.body === undefined
            ? sent.headers
            : { 'content-length': String(Buffer.byteLength(sent.body)), ...sent.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    // The server may answer (413) and close before it has read a large body.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    req.end(sent.body)
  })
}

// ---------------------------------------------------------------------------------------
// What every answer must satisfy.

const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().min(1),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  }),
})

/** Signs of internals: stack frames, source paths, SQL and driver errors. */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\]]+ \(|\bat (?:file:\/\/|\/|node:)/],
  ['source position', /\.(?:ts|js|mjs|cjs):\d+/],
  ['source path', /\/work\/|node_modules|\/src\/(?:server|store|core|io)\//],
  ['SQL', /\b(?:select \S+ from|insert into|delete from|update \S+ set)\b/i],
  [
    'driver error',
    /SQLITE_|syntax error at or near|violates \w+ constraint|invalid byte sequence/i,
  ],
]

function describeSent(sent: Sent): string {
  const body = sent.body === undefined ? '' : String(sent.body)
  const shown = body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body
  return `${sent.method} ${sent.path.slice(0, 300)} ${JSON.stringify(sent.headers)} ${shown}`
}

/**
 * Requests that @hono/node-server refuses before the app sees them, with a bare 400
 * and no body: a Host header it cannot build a URL from, or a backslash in the path.
 * The app cannot shape these (main.ts could, with getRequestListener's errorHandler).
 */
function refusedBeforeTheApp(sent: Sent): boolean {
  return sent.headers.host !== undefined || /^[^?]*\\/.test(sent.path)
}

/** Throws (for fast-check to shrink) when an answer breaks the contract. */
function check(answer: Answer, sent: Sent): void {
  const where = `${describeSent(sent)}\n→ ${answer.status} ${answer.text.slice(0, 500)}`
  if (answer.status >= 500 || answer.status < 200) throw new Error(`status ${where}`)
  const echoed = `${sent.path} ${String(sent.body ?? '')}`
  for (const [name, pattern] of LEAKS) {
    if (pattern.test(answer.text) && !pattern.test(echoed)) throw new Error(`${name} in ${where}`)
  }
  if (answer.status < 400) return
  if (answer.status === 400 && answer.text === '' && refusedBeforeTheApp(sent)) return
  if (!answer.contentType.startsWith('application/json')) {
    throw new Error(`error is not JSON (${answer.contentType}): ${where}`)
  }
  let json: unknown
  try {
    json = JSON.parse(answer.text)
  } catch {
    throw new Error(`error body is not JSON: ${where}`)
  }
  const parsed = errorBodySchema.safeParse(json)
  if (!parsed.success) throw new Error(`error body has the wrong shape: ${where}`)
  if (ERROR_STATUS[parsed.data.error.code] !== answer.status) {
    throw new Error(`code ${parsed.data.error.code} does not match the status: ${where}`)
  }
}

// ---------------------------------------------------------------------------------------
// Generators.

/** Strings Node lets through as a header value or a raw path: printable Latin-1. */
const latin1 = (max: number) =>
  fc
    .array(fc.oneof(fc.integer({ min: 0x21, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })), {
      maxLength: max,
    })
    .map((codes) => String.fromCharCode(...codes))

const PERCENT_JUNK = [
  '%',
  '%%',
  '%Z',
  '%zz',
  '%0',
  '%00',
  '%FF',
  '%C0%AF',
  '%E0%A4%A',
  '%ED%A0%80',
  '%F0%9F%98',
  '%2e%2e',
  '%2F',
  '%5C',
  '+',
  '%20',
]

const percentJunk = fc.constantFrom(...PERCENT_JUNK)

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * A URL path segment or query token: encoded unicode, %-garbage, printable ASCII.
 * (Raw bytes above 0x7f never reach the app: Node's parser answers 400 itself; the
 * last test sends some.)
 */
const urlToken = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: max }).map(encodeURIComponent),
    fc
      .string({ unit: 'binary', maxLength: max })
      .map((s) => encodeURIComponent(s.replace(LONE_SURROGATE, '\ufffd'))),
    percentJunk,
    fc.array(percentJunk, { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
    fc
      .string({ unit: 'binary-ascii', maxLength: max })
      .map((s) => s.replace(/[^\x21-\x7e]|[/?#]/g, '_')),
  )

const pathParam = fc.oneof(
  urlToken(40),
  fc.constantFrom('..', '.', '%2e%2e%2f%2e%2e', '..%2F..%2Fetc%2Fpasswd', '%00', 'a%00b', '~', '*'),
  fc.constantFrom(255, 1000, 4000).map((n) => 'x'.repeat(n)),
  fc.constantFrom(100, 1000).map((n) => '%C3%A9'.repeat(n)),
)

/** A query string: known and random keys, repeated, with unicode and %-garbage. */
function queryString(keys: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...keys, 'replace', '__proto__', ''), urlToken(12))
  const value = fc.oneof(fc.constantFrom('true', 'false', '', 'TRUE', '1'), urlToken(30))
  const pair = fc.oneof(
    fc.tuple(key, value).map(([k, v]) => `${k}=${v}`),
    key,
    fc.constantFrom('=', '==', '&', '=&=', '%3D'),
  )
  return fc.array(pair, { minLength: 1, maxLength: 8 }).map((pairs) => `?${pairs.join('&')}`)
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
  return value
}

/** Values that break storage or parsing when they reach it: kept few, tried on every field. */
const NASTY: unknown[] = [null, -1, 'a\u0000b', '\udfff', 'x'.repeat(20_001), [{}], { '': {} }]

/** Values that are wrong in place of a valid field. */
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({})),
  fc.constantFrom(1e308, -1e308, 5e-324, -0, 2 ** 53 + 1, 0),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    '\u202e\u200b',
    '<script>alert(1)</script>',
    "'; drop table person; --",
    '../../etc/passwd',
    '2026-13-45',
    '0000-00-00T25:61:61Z',
    'javascript:alert(1)',
    'http://169.254.169.254/latest',
    'x@y',
  ),
  fc
    .tuple(fc.constantFrom(20_001, 210_000), fc.constantFrom('x', 'é', '😀', 'a ', '<p>'))
    .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length))),
  fc.anything({ maxDepth: 4, maxKeys: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(nested(70), nested(10)),
)

type JsonPath = (string | number)[]

/** Every path into a JSON value (not the root). */
function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return []
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value as Record<string, unknown>)
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])])
}

interface Mutation {
  op: 'replace' | 'delete' | 'add' | 'duplicate'
  at: number
  key: string
  junk: unknown
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add', 'duplicate'),
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'ownerId'), fc.string()),
  junk: junkValue,
})

/** Set the value at `path` of a copy of `value`. */
function setAt(value: unknown, path: JsonPath, to: unknown): unknown {
  const copy = structuredClone(value)
  let parent = copy as Record<string | number, unknown>
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
  parent[path[path.length - 1] as string | number] = to
  return copy
}

/**
 * The example with one field replaced, removed, or duplicated (an array entry twice,
 * so ids repeat), or a junk field added.
 */
function mutate(example: unknown, m: Mutation): unknown {
  const copy = structuredClone(example)
  const paths = pathsOf(copy)
  if (paths.length === 0 || copy === null || typeof copy !== 'object') return m.junk
  const path = paths[m.at % paths.length] as JsonPath
  let parent = copy as Record<string | number, unknown>
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (m.op === 'replace') parent[last] = m.junk
  else if (m.op === 'delete' && Array.isArray(parent)) parent.splice(Number(last), 1)
  else if (m.op === 'delete') delete parent[last]
  else if (m.op === 'duplicate') {
    const node = parent[last]
    if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[0]))
    else if (Array.isArray(parent)) parent.push(structuredClone(node))
  }
  // Like JSON.parse, define the key even when it is __proto__.
  else Object.defineProperty(copy, m.key, { value: m.junk, enumerable: true })
  return copy
}

/** The body bytes of a JSON value (JSON.stringify(undefined) is no body at all). */
const jsonBytes = (value: unknown) => JSON.stringify(value) ?? ''

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16le',
  'APPLICATION/JSON',
  'application/json;;;;',
  'application/jsonx',
  'application/merge-patch+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  '',
  '*/*',
]

const brokenJson = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '[',
    '{"a":}',
    '{"a":1,}',
    '[1,2,,]',
    "{'a':1}",
    'NaN',
    'undefined',
    '{"a":"\\u12"}',
    '{"a":"\\x41"}',
    '"\\ud800"',
    '\ufeff{}',
    '{"__proto__":{"polluted":true}}',
    '{"a":1,"a":2}',
    '1e999999',
    '-',
    '"',
    '\u0000',
  ),
  fc
    .array(fc.constantFrom('{', '}', '[', ']', '"', ':', ',', 'null', '1', 'true', '\\', ' '), {
      maxLength: 40,
    })
    .map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

/**
 * Headers an attacker controls, set to junk (values Node accepts: printable Latin-1),
 * Host included: a Host no URL can hold is refused by the origin guard (security.ts).
 */
const junkHeaders = (withHost: boolean) =>
  fc.dictionary(
    fc.constantFrom(
      ...(withHost ? ['host'] : []),
      'cookie',
      'x-csrf-token',
      'origin',
      'x-forwarded-for',
      'x-forwarded-host',
      'sec-fetch-site',
      'content-length',
      'accept',
      'accept-encoding',
    ),
    fc.oneof(
      latin1(60),
      fc.constantFrom(
        'headway_session=',
        'headway_session=%',
        'headway_session=%00; headway_session=x',
        `headway_session=${'a'.repeat(4000)}`,
        'null',
        'http://',
        'https://evil.example',
        '127.0.0.1',
        '[::1]:99999',
        'localhost.',
        'cross-site',
        '0',
        '-1',
        '99999999999999999999',
        'gzip, br',
      ),
    ),
    { maxKeys: 4 },
  )

const rawBody: fc.Arbitrary<Buffer | string> = fc.oneof(
  brokenJson,
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])),
  fc.constant(Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf8, 0x88])),
)

// ---------------------------------------------------------------------------------------
// The fuzzing itself.

/** A route's path with every `:param` set to `value` (raw, already encoded). */
const withParams = (path: string, value: string) => path.replace(/:\w+/g, value)

interface Target {
  server: TestServer
  /** Headers of the signed-in browser (cookie and CSRF token). */
  headers(route: Route): Record<string, string>
  ids(): ExampleIds
  /** Put things back after a destructive route (new seed, new session). */
  restore(route: Route): Promise<void>
}

/** A different but fixed seed per route, so routes do not all get the same inputs. */
function seedFor(label: string): number {
  let hash = SEED
  for (const char of label) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0
  return hash
}

async function property<T>(
  route: Route,
  family: string,
  arb: fc.Arbitrary<T>,
  numRuns: number,
  toSent: (value: T) => Sent,
  target: Target,
): Promise<number> {
  let count = 0
  const label = `${family} on ${route.method} ${route.path}`
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (value) => {
        const sent = toSent(value)
        count += 1
        check(await send(target.server.url, sent), sent)
      }),
      { numRuns, seed: seedFor(label) },
    )
  } catch (error) {
    // fast-check's message has the seed and the shrunk input; its cause says what broke.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : ''
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}\n${cause}`)
  }
  return count
}

interface Budget {
  bodies: number
  mutations: number
  queries: number
  params: number
  raw: number
  headers: number
  /** Try each of these values on every field of the example (deterministic, not sampled). */
  everyField: readonly unknown[]
  /** At most this many fields per route for `everyField` (an export has hundreds). */
  fieldsPerRoute: number
  /** Junk Host headers too. */
  junkHost: boolean
}

/** At most `max` items, evenly spread over the list. */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)] as T)
}

/**
 * The valid body a route's mutations start from: its example, except for import,
 * whose example is empty: there the person's own export (with ?replace=true), so
 * broken ids, dates and references reach the store.
 */
async function baseOf(route: Route, target: Target): Promise<{ query: string; body: unknown }> {
  if (route.path !== '/api/import') return { query: '', body: route.example?.(target.ids()) }
  const exported = await send(target.server.url, {
    method: 'GET',
    path: '/api/export',
    headers: target.headers({ ...route, method: 'GET' }),
  })
  expect(exported.status).toBe(200)
  return { query: '?replace=true', body: JSON.parse(exported.text) }
}

type Counts = Record<Exclude<keyof Budget, 'fieldsPerRoute' | 'junkHost'>, number>

/** Run every family on every route; returns the number of requests per family. */
async function fuzzRoutes(target: Target, routes: readonly Route[], budget: Budget) {
  const counts: Counts = {
    bodies: 0,
    mutations: 0,
    everyField: 0,
    queries: 0,
    params: 0,
    raw: 0,
    headers: 0,
  }
  for (const route of routes) {
    const started = Date.now()
    const ids = target.ids()
    const headers = (extra: Record<string, string> = {}) => ({
      ...target.headers(route),
      ...extra,
    })
    const json = { 'content-type': 'application/json' }
    const path = withParams(route.path, route.owns ? encodeURIComponent(ids[route.owns]) : 'x')
    const base = await baseOf(route, target)
    const baseBody = base.body === undefined ? undefined : jsonBytes(base.body)
    const withBase = (sent: Omit<Sent, 'body'>): Sent =>
      baseBody === undefined
        ? sent
        : { ...sent, headers: { ...json, ...sent.headers }, body: baseBody }
    const queryKeys = Object.keys((route.query as z.ZodObject | undefined)?.shape ?? { q: null })

    if (route.body) {
      counts.bodies += await property(
        route,
        'any JSON body',
        fc.oneof(fc.anything({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 })),
        runs(budget.bodies),
        (value) => ({ method: route.method, path, headers: headers(json), body: jsonBytes(value) }),
        target,
      )
      counts.mutations += await property(
        route,
        'the example with one field broken',
        mutation,
        runs(budget.mutations),
        (m) => ({
          method: route.method,
          path: path + base.query,
          headers: headers(json),
          body: jsonBytes(mutate(base.body, m)),
        }),
        target,
      )
      for (const field of spread(pathsOf(base.body), budget.fieldsPerRoute)) {
        for (const value of budget.everyField) {
          const sent: Sent = {
            method: route.method,
            path: path + base.query,
            headers: headers(json),
            body: jsonBytes(setAt(base.body, field, value)),
          }
          check(await send(target.server.url, sent), sent)
          counts.everyField += 1
        }
      }
    }
    counts.queries += await property(
      route,
      'a random query string',
      queryString(queryKeys),
      runs(budget.queries),
      (query) => withBase({ method: route.method, path: path + query, headers: headers() }),
      target,
    )
    if (route.path.includes(':')) {
      counts.params += await property(
        route,
        'a random path parameter',
        pathParam,
        runs(budget.params),
        (param) =>
          withBase({
            method: route.method,
            path: withParams(route.path, param),
            headers: headers(),
          }),
        target,
      )
    }
    counts.raw += await property(
      route,
      'raw bytes under a content type',
      fc.record({
        type: fc.constantFrom(...CONTENT_TYPES),
        body: fc.oneof(rawBody, fc.constant(baseBody ?? '{}')),
      }),
      runs(budget.raw),
      ({ type, body }) => ({
        method: route.method,
        path,
        headers: headers(type === '' ? {} : { 'content-type': type }),
        body,
      }),
      target,
    )
    counts.headers += await property(
      route,
      'junk in the headers',
      junkHeaders(budget.junkHost),
      runs(budget.headers),
      (junk) => {
        const sent = withBase({ method: route.method, path, headers: headers() })
        const merged: Record<string, string> = { ...sent.headers, ...junk }
        // A wrong Content-Length only desynchronises the socket; the raw test sends some.
        delete merged['content-length']
        return { ...sent, headers: merged }
      },
      target,
    )
    await target.restore(route)
    if (process.env.FUZZ_TRACE) console.info(route.method, route.path, Date.now() - started, 'ms')
  }
  return counts
}

/** Destructive routes last, so the others find the seeded objects; the account at the very end. */
function fuzzOrder(routes: readonly Route[]): Route[] {
  const rank = (r: Route) =>
    r.path === '/api/auth/logout'
      ? 3
      : r.path === '/api/account'
        ? 2
        : r.method === 'DELETE'
          ? 1
          : 0
  return [...routes].sort((a, b) => rank(a) - rank(b))
}

async function expectHealthy(server: TestServer): Promise<void> {
  const health = await send(server.url, { method: 'GET', path: '/api/health', headers: {} })
  expect(health.status).toBe(200)
  expect(JSON.parse(health.text)).toMatchObject({ status: 'ok' })
  // A 500 would have logged an internal error with its stack.
  expect(server.logs.filter((l) => l.startsWith('internal error'))).toEqual([])
}

/** A stub for company pages: the fuzz never leaves loopback, nor even the process. */
const fetchPage = async (url: string) => ({
  url,
  contentType: 'text/html',
  body: '<h1>Acme</h1><p>We exist to make care simple.</p>',
})

const SERVER_PASSWORD = 'fuzzing is a long phrase'

/**
 * One half of the fuzz, for one test file. Local mode fuzzes every route in one
 * process, a CPU-bound minute or more on a busy 2-core machine that the rest of the
 * suite waited on: fuzz.test.ts and fuzz-shard-2.test.ts each take every other route
 * (in fuzzOrder, so each half still ends with its destructive routes), on a server and
 * store of their own, so the halves run on two workers at once. Every route gets the
 * same inputs as in one file: the seeds derive from the route, not from the order.
 */
export function fuzzSuite(shard: 0 | 1): void {
  const stores = testStores()
  afterAll(() => stores.closeAll())

  if (shard === 0)
    describe('the route table', () => {
      it('has a valid example body for every route that takes a body', () => {
        const missing = routeTable.filter((r) => r.body && !r.example).map((r) => r.path)
        expect(missing).toEqual([])
      })
    })

  /** SQLite by default (the file stays under a minute); FUZZ_DIALECTS=sqlite,postgres for both. */
  const fuzzDialects = stores.dialects.filter((d) =>
    (process.env.FUZZ_DIALECTS ?? 'sqlite').split(',').includes(d),
  )

  describe.each(fuzzDialects)('fuzzing the API on %s', (dialect) => {
    let local: TestServer
    let server: TestServer

    beforeAll(async () => {
      const store = await stores.open(dialect)
      local = await startTestServer(store, {}, { fetchPage })
      server = await startTestServer(store, { mode: 'server', trustProxy: true }, { fetchPage })
    })
    afterAll(async () => {
      await local?.close()
      await server?.close()
    })

    // PostgreSQL answers slower; it gets a smaller share of the same inputs.
    const share = dialect === 'sqlite' ? 1 : 0.4

    it('in local mode (with the CSRF token): no input gets a 5xx, a leak or a malformed error', async () => {
      const client = new Client(local.url)
      await client.me()
      let ids = await seedViaApi(client, local.server.routes)
      const target: Target = {
        server: local,
        headers: (route) => (route.method === 'GET' ? {} : { 'x-csrf-token': client.csrf ?? '' }),
        ids: () => ids,
        async restore(route) {
          if (route.method !== 'GET') ids = await seedViaApi(client, local.server.routes)
        },
      }
      // The examples are valid: every mutation is one step away from a 2xx.
      for (const route of local.server.routes.filter((r) => r.example && !r.serverOnly)) {
        const sent: Sent = {
          method: route.method,
          path: withParams(route.path, route.owns ? ids[route.owns] : 'x'),
          headers: { ...target.headers(route), 'content-type': 'application/json' },
          body: jsonBytes(route.example?.(ids)),
        }
        const answer = await send(local.url, sent)
        const expected = route.path === '/api/import' ? 409 : route.response.status
        expect(answer.status, describeSent(sent)).toBe(expected)
      }
      const half = fuzzOrder(local.server.routes).filter((_, i) => i % 2 === shard)
      const counts = await fuzzRoutes(target, half, {
        bodies: 25 * share,
        mutations: 40 * share,
        queries: 8 * share,
        params: 15 * share,
        raw: 10 * share,
        headers: 6 * share,
        everyField: dialect === 'sqlite' ? NASTY : NASTY.slice(0, 3),
        fieldsPerRoute: 30,
        junkHost: true,
      })
      const total = Object.values(counts).reduce((a, b) => a + b, 0)
      console.info(
        `local ${dialect}, shard ${shard + 1} of 2: ${half.length} of ${local.server.routes.length} routes, ${total} requests`,
        counts,
      )
      expect(counts.bodies).toBeGreaterThan(0)
      await expectHealthy(local)
    }, 300_000)

    // Server mode goes with the first half (its local routes send fewer requests), the junk
    // and the U+0000 cases with the second.
    if (shard === 0)
      it('in server mode (signed in): no input gets a 5xx, a leak or a malformed error', async () => {
        const client = new Client(server.url)
        await new Client(server.url).signup('fuzz-coach@example.org', SERVER_PASSWORD)
        let account = 0
        let ids = {} as ExampleIds
        const signIn = async () => {
          account += 1
          const reply = await client.signup(`fuzz-${account}@example.org`, SERVER_PASSWORD)
          expect(reply.status, reply.text).toBe(201)
          ids = await seedViaApi(client, server.server.routes, { email: 'fuzz-coach@example.org' })
        }
        await signIn()
        const target: Target = {
          server,
          headers(route) {
            // Log-in and sign-up go without the session: success would replace it.
            if (route.access === 'public') return {}
            const cookie = { cookie: `headway_session=${client.cookie}` }
            return route.method === 'GET'
              ? cookie
              : { ...cookie, 'x-csrf-token': client.csrf ?? '' }
          },
          ids: () => ids,
          async restore(route) {
            if (route.method === 'GET') return
            const me = await client.me()
            if (me.json.person === null) await signIn()
            else
              ids = await seedViaApi(client, server.server.routes, {
                email: 'fuzz-coach@example.org',
              })
          },
        }
        const counts = await fuzzRoutes(target, fuzzOrder(server.server.routes), {
          bodies: 8 * share,
          mutations: 12 * share,
          queries: 3 * share,
          params: 6 * share,
          raw: 4 * share,
          headers: 4 * share,
          everyField: [],
          fieldsPerRoute: 0,
          junkHost: true,
        })
        const total = Object.values(counts).reduce((a, b) => a + b, 0)
        console.info(
          `server ${dialect}: ${server.server.routes.length} routes, ${total} requests`,
          counts,
        )
        await expectHealthy(server)
      }, 300_000)

    if (shard === 1)
      it('survives junk that is not HTTP at all, and stays healthy', async () => {
        const { port } = new URL(local.url)
        const junk = [
          'GARBAGE\r\n\r\n',
          'GET /api/health HTTP/9.9\r\n\r\n',
          `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
          'POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99\r\n\r\n{"te',
          'POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
          'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n',
          '\u0000\u0001\u0002\u00ff',
          'GET /api/goals/\u00e9\u00ff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
          'GET /api/health?q=\u00a0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
          'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX: a\u0000b\r\n\r\n',
        ]
        for (const bytes of junk) {
          await new Promise<void>((resolve) => {
            const socket = connect(Number(port), '127.0.0.1', () =>
              socket.end(Buffer.from(bytes, 'latin1')),
            )
            socket.on('data', () => undefined)
            socket.on('error', () => resolve())
            socket.on('close', () => resolve())
            socket.setTimeout(2000, () => socket.destroy())
          })
        }
        await expectHealthy(local)
      })
  })

  if (shard === 1)
    describe.each(stores.dialects)('U+0000, which PostgreSQL cannot store, on %s', (dialect) => {
      it('is a 404 in a path id and a 400 in any body field, never a 500', async () => {
        const server = await startTestServer(await stores.open(dialect), {}, { fetchPage })
        try {
          const client = new Client(server.url)
          await client.me()
          const ids = await seedViaApi(client, server.server.routes)
          const exported = (await client.get('/api/export')).json
          const goal = exported.goals[0]
          const cases: [string, string, unknown, number][] = [
            ['GET', '/api/goals/a%00b', undefined, 404],
            ['DELETE', '/api/practice/%00', undefined, 404],
            ['POST', '/api/answers/%00/versions', { text: 'In two years I lead.' }, 404],
            ['POST', '/api/applications', { companyId: 'a\u0000', role: 'Engineer' }, 400],
            ['POST', '/api/align', { companyId: '\u0000' }, 400],
            ['PATCH', `/api/goals/${ids.goals}`, { text: 'x\u0000' }, 400],
            [
              'POST',
              '/api/import?replace=true',
              { ...exported, goals: [{ ...goal, id: `${goal.id}\u0000` }] },
              400,
            ],
          ]
          for (const [method, path, body, status] of cases) {
            const reply = await client.request(method, path, body === undefined ? {} : { body })
            expect([reply.status, reply.json.error?.code], `${method} ${path}`).toEqual([
              status,
              status === 404 ? 'not_found' : 'validation',
            ])
          }
          expect(server.logs.filter((l) => l.startsWith('internal error'))).toEqual([])
        } finally {
          await server.close()
        }
      })
    })
}

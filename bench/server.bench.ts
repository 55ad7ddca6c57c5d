import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { serve } from '@hono/node-server'
import autocannon, { type Request as CannonRequest } from 'autocannon'
import { Hono } from 'hono'
import pg from 'pg'
import { buildCli } from '../scripts/build-cli.js'
import { analyze } from '../src/core/critique/analyze.js'
import { postgresAvailability, startPostgres } from '../test/helpers/postgres.js'
import { generateAnswers } from './generate.js'

/**
 * `npm run bench:server [-- --duration 60 --db sqlite,postgres --workers 2]`
 * `npm run bench:server -- --db postgres --database-url postgres://…` runs against an
 * existing (empty) PostgreSQL database instead of starting a throwaway cluster.
 *
 * The real `headway serve` (compiled, server mode, signed in) on loopback under
 * autocannon at 50 connections: the analyze route at 60, 150 and 400 words, the
 * company routes (research from a stored page; read a stored company), and a
 * session's mixed reads and writes. Printed beside peers run in this process: a
 * bare node:http server and a bare Hono route doing no work (the ceiling of the
 * HTTP stack on this machine), and headway's analyze called in-process.
 * The load generator shares the machine's cores with the server: its CPU share
 * is printed so the figures can be read for what they are. With a PostgreSQL the bench
 * started, its processes' CPU ms and transactions per request are printed too (db ms,
 * db tx): they are not headway's children, so ms/req leaves them out.
 */

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string', default: 'sqlite,postgres' },
    workers: { type: 'string', default: String(availableParallelism()) },
    only: { type: 'string' },
    'database-url': { type: 'string', default: process.env.HEADWAY_BENCH_DATABASE_URL },
  },
})
const DURATION = Number(options.duration)
const CONNECTIONS = Number(options.connections)
const WORKERS = Number(options.workers)
const TARGET_RPS = 2000
const TARGET_P99_MS = 50
const root = fileURLToPath(new URL('../', import.meta.url))
const out = join(root, 'test-artifacts/bench-dist')

interface Result {
  name: string
  rps: number
  p50: number
  p99: number
  requests: number
  errors: number
  non2xx: number
  /** Cores the server's processes kept busy, and the load generator's share. */
  serverCores: number
  clientCores: number
  /** Server CPU ms per request: unlike req/s, it holds when other jobs share the cores. */
  cpuMsPerRequest: number
  /** PostgreSQL's own processes: CPU ms and transactions per request (NaN on SQLite). */
  dbMsPerRequest: number
  dbTransactionsPerRequest: number
}

const texts = (size: number) => generateAnswers(100, size, 9000 + size)

/** CPU ticks (user + system) a process has used. */
function ticks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

async function childPids(pid: number): Promise<number[]> {
  const found: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string[] = []
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    } catch {
      continue // the process ended between the listing and the read (other jobs run here)
    }
    if (Number(stat[1]) === pid) found.push(Number(entry))
  }
  return found
}

/**
 * The PostgreSQL cluster the bench started: its processes are not headway's children,
 * so their CPU is counted here, beside the server's, with the transactions the runs
 * cause (a signed-in analyze should cause almost none: the session is cached).
 */
interface DatabaseWatch {
  /** Its processes now (a backend starts with each connection headway opens). */
  pids(): Promise<number[]>
  transactions(): Promise<number>
  close(): Promise<void>
}

async function watchPostgres(url: string, port: number): Promise<DatabaseWatch> {
  const postmaster = (await readdir('/proc')).filter((entry) => {
    if (!/^\d+$/.test(entry)) return false
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ')
      return /postgres/.test(command) && command.includes(`-p ${port}`)
    } catch {
      return false // the process ended between the listing and the read
    }
  })
  const pids = async () => [
    ...postmaster.map(Number),
    ...(await Promise.all(postmaster.map((pid) => childPids(Number(pid))))).flat(),
  ]
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const name = new URL(url).pathname.slice(1)
  return {
    pids,
    async transactions() {
      // Backends report their counts when idle, within a second or so.
      await new Promise((r) => setTimeout(r, 1500))
      const { rows } = await client.query<{ n: string }>(
        'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
        [name],
      )
      return Number(rows[0]?.n ?? Number.NaN)
    },
    close: () => client.end(),
  }
}
/** Set while the runs of a bench-started PostgreSQL go. */
let database: DatabaseWatch | undefined

interface Headway {
  url: string
  pids: number[]
  stop(): Promise<void>
}

async function startHeadway(env: Record<string, string>, workers: number): Promise<Headway> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(out, 'cli/bin.js'), 'serve', '--port', '0'],
    {
      env: {
        ...process.env,
        HEADWAY_MODE: 'server',
        HEADWAY_WORKERS: String(workers),
        HEADWAY_WEB_DIR: join(out, 'no-web'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (d) => {
    output += String(d)
  })
  child.stderr?.on('data', (d) => {
    output += String(d)
  })
  // Up to 60 s: a cold start on a loaded 2-core machine has taken over 15.
  for (let i = 0; i < 1200 && !/listening on/.test(output); i++) {
    await new Promise((r) => setTimeout(r, 50))
  }
  const url = output.match(/listening on (http:\/\/\S+)/)?.[1]
  if (!url || child.pid === undefined) throw new Error(`headway did not start:\n${output}`)
  const pids = workers > 1 ? await childPids(child.pid) : [child.pid]
  return {
    url,
    pids,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

interface Session {
  cookie: string
  csrf: string
}

async function signUp(url: string, email: string): Promise<Session> {
  const response = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: 'a long bench passphrase 42' }),
  })
  if (response.status !== 201)
    throw new Error(`sign-up: ${response.status} ${await response.text()}`)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const me = (await (await fetch(`${url}/api/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string
  }
  return { cookie, csrf: me.csrfToken }
}

async function call(url: string, session: Session, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': 'application/json',
      origin: url,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`)
  return (await response.json()) as { id: string }
}

async function load(
  name: string,
  url: string,
  requests: CannonRequest[],
  headers: Record<string, string>,
  pids: number[],
): Promise<Result> {
  const dbTransactions = (await database?.transactions()) ?? Number.NaN
  const dbPids = (await database?.pids()) ?? []
  const before = pids.map(ticks)
  const dbBefore = dbPids.map(ticks)
  const cpu = process.cpuUsage()
  const started = performance.now()
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'content-type': 'application/json', origin: url, ...headers },
    requests,
  })
  const wall = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  const serverTicks = pids.map(ticks).reduce((a, t, i) => a + t - (before[i] ?? 0), 0)
  const dbTicks = database && dbPids.map(ticks).reduce((a, t, i) => a + t - (dbBefore[i] ?? 0), 0)
  // less the bench's own reading of the count
  const transactions = ((await database?.transactions()) ?? Number.NaN) - dbTransactions - 1
  const served = Math.max(1, result.requests.total)
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    serverCores: serverTicks / 100 / wall,
    clientCores: (used.user + used.system) / 1e6 / wall,
    cpuMsPerRequest: (serverTicks * 10) / served,
    dbMsPerRequest: dbTicks === undefined ? Number.NaN : (dbTicks * 10) / served,
    dbTransactionsPerRequest: transactions / served,
  }
}

/** Load the language model and let the JIT settle in every process before measuring. */
async function warmUp(url: string, headers: Record<string, string>) {
  const bodies = [60, 150, 400].flatMap((size) =>
    texts(size).map((text) => JSON.stringify({ text })),
  )
  await autocannon({
    url,
    connections: 8,
    duration: 3,
    headers: { 'content-type': 'application/json', origin: url, ...headers },
    requests: rotating('/api/analyze', bodies),
  })
}

/** POST bodies that rotate through `bodies`, one per request. */
function rotating(path: string, bodies: string[]): CannonRequest[] {
  let next = 0
  return [
    {
      method: 'POST',
      path,
      setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] ?? '' }),
    },
  ]
}

function companyPage(): { html: string; job: string } {
  const dir = join(root, 'test/fixtures/company')
  // The richest fixture page, with the job posting beside it: what a user pastes in.
  const pages = ['vision-roadmap', 'values-table', 'values-verbs'].map((name) =>
    readFileSync(join(dir, name, 'page.html'), 'utf8'),
  )
  const html = pages.sort((a, b) => b.length - a.length)[0] ?? ''
  const job = readFileSync(join(root, 'test/fixtures/jobs/backend-engineer.md'), 'utf8')
  return { html, job }
}

async function headwayScenarios(db: string, url: string, pids: number[]): Promise<Result[]> {
  const session = await signUp(url, `bench-${db}-${Date.now()}@example.org`)
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf }
  await warmUp(url, headers)
  const results: Result[] = []
  const wanted = (name: string) => !options.only || name.includes(options.only)
  const run = async (name: string, requests: CannonRequest[]) => {
    if (!wanted(name)) return
    const result = await load(`${db}: ${name}`, url, requests, headers, pids)
    results.push(result)
    print([result])
  }

  for (const size of [150, 60, 400]) {
    const bodies = texts(size).map((text) => JSON.stringify({ text }))
    await run(`POST /api/analyze, ${size} words`, rotating('/api/analyze', bodies))
  }
  const compactBodies = texts(150).map((text) => JSON.stringify({ text }))
  await run(
    'POST /api/analyze?fields=score,verdict,flags, 150 words',
    rotating('/api/analyze?fields=score,verdict,flags', compactBodies),
  )

  const page = companyPage()
  await run('POST /api/company/extract, stored page + job', [
    { method: 'POST', path: '/api/company/extract', body: JSON.stringify(page) },
  ])
  const extracted = (await call(url, session, 'POST', '/api/company/extract', page)) as unknown as {
    dossier: unknown
    sourceText: string
  }
  const company = await call(url, session, 'POST', '/api/companies', {
    name: 'Acme Health',
    url: 'https://acme.example/about',
    dossier: extracted.dossier,
    sourceText: extracted.sourceText,
  })
  await run('GET /api/companies/:id (stored dossier)', [
    { method: 'GET', path: `/api/companies/${company.id}` },
  ])

  // A practice session: start an answer, save a version (critiqued), list the
  // versions, log a spoken attempt (critiqued). Each loop is a new answer, so
  // the version list stays the size a person's would.
  const answers = texts(150)
  let turn = 0
  await run('session: create answer, save version, list versions, log practice', [
    {
      method: 'POST',
      path: '/api/answers',
      body: JSON.stringify({ question: 'career-goals', title: 'Acme: career goals' }),
      onResponse: (_status, body, context) => {
        ;(context as { answerId?: string }).answerId = (JSON.parse(body) as { id: string }).id
      },
    },
    {
      method: 'POST',
      setupRequest: (request, context) => ({
        ...request,
        path: `/api/answers/${(context as { answerId?: string }).answerId}/versions`,
        body: JSON.stringify({ text: answers[turn++ % answers.length] }),
      }),
    },
    {
      method: 'GET',
      setupRequest: (request, context) => ({
        ...request,
        path: `/api/answers/${(context as { answerId?: string }).answerId}/versions`,
      }),
    },
    {
      method: 'POST',
      path: '/api/practice',
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          question: 'What are your career goals?',
          questionKind: 'career-goals',
          transcript: answers[turn++ % answers.length],
          seconds: 60,
        }),
      }),
    },
  ])
  return results
}

/** The HTTP stack's ceiling here: parse a JSON body, answer a small JSON. */
async function peers(): Promise<Result[]> {
  const body = JSON.stringify({ text: texts(150)[0] })
  const results: Result[] = []
  const bare = createHttpServer((req, res) => {
    let raw = ''
    req.on('data', (d) => {
      raw += String(d)
    })
    req.on('end', () => {
      const parsed = JSON.parse(raw) as { text: string }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ length: parsed.text.length }))
    })
  })
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r))
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`
  results.push(
    await load('peer: node:http, 1 process, no work', bareUrl, [{ method: 'POST', body }], {}, []),
  )
  bare.close()

  const app = new Hono()
  app.post('/', async (c) =>
    c.json({ length: ((await c.req.json()) as { text: string }).text.length }),
  )
  const hono = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((r) => hono.once('listening', r))
  const honoUrl = `http://127.0.0.1:${(hono.address() as AddressInfo).port}`
  results.push(
    await load('peer: Hono, 1 process, no work', honoUrl, [{ method: 'POST', body }], {}, []),
  )
  hono.close()
  for (const result of results) {
    // The peers run in this process: their server CPU is in the client's figure.
    result.serverCores = Number.NaN
    result.cpuMsPerRequest = Number.NaN
  }
  return results
}

/**
 * headway's analyze called directly, one core: the work each request must do. CPU
 * time, not wall time, so it compares with the server's ms/req on a busy machine.
 */
function inProcess(): { size: number; ms: number }[] {
  return [60, 150, 400].map((size) => {
    const answers = texts(size)
    for (const text of answers) analyze(text)
    const started = performance.now()
    const cpu = process.cpuUsage()
    let n = 0
    while (performance.now() - started < 1500) analyze(answers[n++ % answers.length] ?? '')
    const used = process.cpuUsage(cpu)
    return { size, ms: (used.user + used.system) / 1000 / n }
  })
}

const pad = (s: string, n: number) => s.padEnd(n)
const num = (v: number, digits = 0) => (Number.isNaN(v) ? '-' : v.toFixed(digits)).padStart(8)
/** The runs the target is set for: analyze, 150 words, every server process. */
const targeted = (r: Result) => /analyze, 150 words$/.test(r.name)
const meetsTarget = (r: Result) =>
  r.rps >= TARGET_RPS && r.p99 <= TARGET_P99_MS && r.errors + r.non2xx === 0
function print(results: Result[]) {
  for (const r of results) {
    console.log(
      `${pad(r.name, 72)}${num(r.rps)}${num(r.p50)}${num(r.p99)}${num(r.errors + r.non2xx)}${num(r.serverCores, 2)}${num(r.clientCores, 2)}${num(r.cpuMsPerRequest, 2)}${num(r.dbMsPerRequest, 3)}${num(r.dbTransactionsPerRequest, 3)}${targeted(r) ? `  target ${TARGET_RPS} / ${TARGET_P99_MS} ms: ${meetsTarget(r) ? 'met' : 'NOT met'}` : ''}`,
    )
  }
}

async function main() {
  console.log(
    `headway server benchmark: ${CONNECTIONS} connections, ${DURATION} s per run, ${WORKERS} server process(es), ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}`,
  )
  const built = await buildCli(out)
  console.log(
    `target for POST /api/analyze, 150 words: ${TARGET_RPS} req/s with p99 <= ${TARGET_P99_MS} ms (SQLite; PostgreSQL within 25%)`,
  )
  console.log(
    built > 0 ? `(compiled the CLI in ${built.toFixed(1)} s)` : '(the compiled CLI is up to date)',
  )
  console.log(
    `${pad('run', 72)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'errors'.padStart(8)}${'srv cpu'.padStart(8)}${'gen cpu'.padStart(8)}${'ms/req'.padStart(8)}${'db ms'.padStart(8)}${'db tx'.padStart(8)}`,
  )
  const all: Result[] = []
  if (!options.only) {
    const peerResults = await peers()
    print(peerResults)
    all.push(...peerResults)
  }

  for (const db of options.db.split(',')) {
    let env: Record<string, string>
    let cleanup: () => Promise<void>
    if (db === 'sqlite') {
      const dir = await mkdtemp(join(tmpdir(), 'headway-bench-server-'))
      env = { HEADWAY_DATA_DIR: dir }
      cleanup = () => rm(dir, { recursive: true, force: true })
    } else if (db === 'postgres' && options['database-url']) {
      env = { HEADWAY_DATABASE_URL: options['database-url'] }
      cleanup = async () => undefined
    } else if (db === 'postgres') {
      if (postgresAvailability() === 'skip') {
        console.log(
          '(PostgreSQL is not installed here: its runs are left out; --database-url uses a running one)',
        )
        continue
      }
      // Durable settings (fsync on), unlike the test clusters: the writes cost what they would.
      const cluster = await startPostgres({ durable: true })
      const url = await cluster.createDatabase()
      env = { HEADWAY_DATABASE_URL: url }
      database = await watchPostgres(url, cluster.port)
      cleanup = async () => {
        await database?.close()
        database = undefined
        await cluster.stop()
      }
    } else {
      throw new Error(`--db takes sqlite and postgres, not '${db}'`)
    }
    try {
      const server = await startHeadway(env, WORKERS)
      try {
        all.push(...(await headwayScenarios(db, server.url, server.pids)))
      } finally {
        await server.stop()
      }
      if (WORKERS > 1 && (!options.only || 'one process'.includes(options.only))) {
        const single = await startHeadway(env, 1)
        try {
          const bodies = texts(150).map((text) => JSON.stringify({ text }))
          const session = await signUp(single.url, `bench-single-${db}-${Date.now()}@example.org`)
          await warmUp(single.url, { cookie: session.cookie, 'x-csrf-token': session.csrf })
          const result = await load(
            `${db}: POST /api/analyze, 150 words, one process`,
            single.url,
            rotating('/api/analyze', bodies),
            { cookie: session.cookie, 'x-csrf-token': session.csrf },
            single.pids,
          )
          print([result])
          all.push(result)
        } finally {
          await single.stop()
        }
      }
    } finally {
      await cleanup()
    }
  }

  const costs = inProcess()
  console.log('\nanalyze in-process, one core (CPU ms per answer):')
  for (const { size, ms } of costs) console.log(`  ${size} words: ${ms.toFixed(3)} ms`)
  const critique150 = costs[1]?.ms ?? Number.NaN
  const find = (pattern: RegExp) => all.filter((r) => pattern.test(r.name))
  console.log('\nratios:')
  for (const r of find(/analyze, 150 words$/)) {
    const met = meetsTarget(r)
    console.log(
      `  ${r.name}: ${(r.rps / TARGET_RPS).toFixed(2)}x the ${TARGET_RPS} req/s target, p99 ${r.p99} ms (target ${TARGET_P99_MS}): ${met ? 'met' : 'NOT met'}`,
    )
    const bare = find(/node:http/)[0]
    if (bare) console.log(`    ${(r.rps / bare.rps).toFixed(3)}x the bare node:http peer`)
    const hono = find(/peer: Hono/)[0]
    if (hono) console.log(`    ${(r.rps / hono.rps).toFixed(3)}x the bare Hono peer`)
    console.log(
      `    ${r.cpuMsPerRequest.toFixed(2)} ms of server CPU per request: the critique ${critique150.toFixed(2)}, the server beyond it ${(r.cpuMsPerRequest - critique150).toFixed(2)}; the target needs under ${((WORKERS * 1000) / TARGET_RPS).toFixed(2)} in all on ${WORKERS} cores`,
    )
    if (!Number.isNaN(r.dbMsPerRequest)) {
      console.log(
        `    PostgreSQL's own processes (not in ms/req): ${r.dbMsPerRequest.toFixed(3)} ms of CPU and ${r.dbTransactionsPerRequest.toFixed(4)} transactions per request`,
      )
    }
    const single = find(new RegExp(`^${r.name.split(':')[0]}: .*one process$`))[0]
    if (single) console.log(`    ${(r.rps / single.rps).toFixed(2)}x one process`)
  }
  const [sqlite150, postgres150] = ['sqlite', 'postgres'].map(
    (db) => find(new RegExp(`^${db}: POST /api/analyze, 150 words$`))[0],
  )
  if (sqlite150 && postgres150) {
    const ratio = postgres150.rps / sqlite150.rps
    console.log(
      `  PostgreSQL vs SQLite, analyze 150 words: ${ratio.toFixed(2)}x (target: within 25%, ${ratio >= 0.75 ? 'met' : 'NOT met'}); ms/req ${postgres150.cpuMsPerRequest.toFixed(2)} vs ${sqlite150.cpuMsPerRequest.toFixed(2)}`,
    )
  }
  for (const db of options.db.split(',')) {
    const [short, long] = [
      find(new RegExp(`^${db}: .*60 words$`))[0],
      find(new RegExp(`^${db}: .*400 words$`))[0],
    ]
    if (short && long) {
      console.log(
        `  ${db}: 400 vs 60 words: ${(short.rps / long.rps).toFixed(2)}x the time per request over HTTP`,
      )
    }
  }
  const c60 = costs[0]?.ms ?? 1
  const c400 = costs[2]?.ms ?? 1
  console.log(`  in-process: 400 vs 60 words: ${(c400 / c60).toFixed(2)}x`)
  const failed = all.filter((r) => r.errors + r.non2xx > 0)
  if (failed.length > 0) {
    console.log(`\nruns with errors: ${failed.map((r) => r.name).join('; ')}`)
    process.exitCode = 1
  }
}

await main()

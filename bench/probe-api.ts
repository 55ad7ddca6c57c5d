import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { serve } from '@hono/node-server'
import autocannon from 'autocannon'
import { Hono } from 'hono'
import type { Report } from '../src/core/contracts/report.js'
import { analyze } from '../src/core/critique/analyze.js'
import { createServer } from '../src/server/app.js'
import { resolveConfig } from '../src/server/config.js'
import { connect, migrateToLatest } from '../src/store/connect.js'
import { ensureLocalPerson } from '../src/store/repositories/people.js'
import { generateAnswers } from './generate.js'

/**
 * `tsx bench/probe-api.ts [-- --seconds 6 --rounds 3 --words 150]`
 *
 * What one `POST /api/analyze` costs the server beyond the critique, in CPU time, so
 * the figure holds on a machine other jobs keep busy (wall-clock req/s does not).
 * In this process, each round: analyze() alone over the same answers; a bare Hono
 * route that parses the body and answers the same answer's Report, stored (the floor
 * of HTTP, Hono and JSON for this response); headway's app in server mode on SQLite,
 * signed in. The load comes from another process, rotating through 100 answers as
 * bench:server does. Rounds alternate, and medians are printed, because one run on a
 * shared machine can be off by a fifth.
 * For a profile of the measured rounds: `tsx bench/probe-api.ts --no-peer --profile api.cpuprofile`.
 */

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '3' },
    words: { type: 'string', default: '150' },
    connections: { type: 'string', default: '10' },
    /** Leave out analyze() alone and the bare Hono run (for a profile of headway alone). */
    'no-peer': { type: 'boolean', default: false },
    /** Internal: be the load generator for `url` (a separate process). */
    drive: { type: 'string' },
    /** Write a CPU profile of this process over the measured rounds only (not start-up or warm-up). */
    profile: { type: 'string' },
    headers: { type: 'string', default: '{}' },
  },
})
const SECONDS = Number(options.seconds)
const texts = generateAnswers(100, Number(options.words), 9150)
const bodies = texts.map((text) => JSON.stringify({ text }))

/** The load generator: POST the rotating bodies to `url`, print autocannon's totals. */
async function beDriver(url: string, headers: Record<string, string>) {
  let next = 0
  const result = await autocannon({
    url,
    connections: Number(options.connections),
    duration: SECONDS,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] ?? '' }),
      },
    ],
  })
  console.log(
    JSON.stringify({
      total: result.requests.total,
      rps: result.requests.average,
      failed: result.non2xx + result.errors + result.timeouts,
    }),
  )
}

interface Run {
  cpuMs: number
  rps: number
  failed: number
}

/** Drive `url` for SECONDS from another process; this process's CPU ms per request. */
async function drive(url: string, headers: Record<string, string>): Promise<Run> {
  const self = fileURLToPath(import.meta.url)
  const args = ['--import', 'tsx', self, '--drive', url, '--headers', JSON.stringify(headers)]
  args.push('--seconds', String(SECONDS), '--words', options.words, '--connections')
  args.push(options.connections)
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (d) => {
    out += String(d)
  })
  // The driver's start-up (tsx, autocannon) is not this process's work: count from its first request.
  await new Promise((r) => setTimeout(r, 0))
  const cpu = process.cpuUsage()
  await new Promise((resolve) => child.once('exit', resolve))
  const used = process.cpuUsage(cpu)
  const result = JSON.parse(out) as { total: number; rps: number; failed: number }
  return {
    cpuMs: (used.user + used.system) / 1000 / Math.max(1, result.total),
    rps: result.rps,
    failed: result.failed,
  }
}

/** analyze() over the same rotating answers, CPU ms per answer. */
function analyzeAlone(): number {
  const started = performance.now()
  const cpu = process.cpuUsage()
  let n = 0
  while (performance.now() - started < 1500) analyze(texts[n++ % texts.length] ?? '')
  const spent = process.cpuUsage(cpu)
  return (spent.user + spent.system) / 1000 / n
}

/** A bare Hono route: parse the body, answer that answer's Report (computed beforehand). */
async function startBareHono(): Promise<{ url: string; close(): void }> {
  const reports = new Map<string, Report>(texts.map((text) => [text, analyze(text)]))
  const bare = new Hono()
  bare.post('/', async (c) => c.json(reports.get(((await c.req.json()) as { text: string }).text)))
  const server = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((r) => server.once('listening', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => server.close(),
  }
}

async function startHeadway() {
  const dir = await mkdtemp(join(tmpdir(), 'headway-probe-api-'))
  const store = connect({ dataDir: dir })
  await migrateToLatest(store.db)
  await ensureLocalPerson(store.db, new Date().toISOString())
  const { app } = createServer({
    db: store.db,
    config: resolveConfig({ mode: 'server', scryptLogN: 12 }),
    clock: { now: () => new Date() },
    dialect: store.dialect,
  })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((r) => server.once('listening', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const signup = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'probe@example.org', password: 'a long probe passphrase 7' }),
  })
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const me = (await (await fetch(`${url}/api/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string
  }
  return {
    url: `${url}/api/analyze`,
    headers: { cookie, 'x-csrf-token': me.csrfToken, origin: url },
    async close() {
      server.close()
      await store.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** V8's sampling profiler on this process, from now until stop(file). */
async function startProfiler() {
  const session = new Session()
  session.connect()
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    )
  await post('Profiler.enable')
  await post('Profiler.setSamplingInterval', { interval: 200 })
  await post('Profiler.start')
  return {
    async stop(file: string) {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown }
      await writeFile(file, JSON.stringify(profile))
      session.disconnect()
    },
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function main() {
  for (const text of texts) analyze(text)
  const headway = await startHeadway()
  const bare = options['no-peer'] ? null : await startBareHono()
  await drive(headway.url, headway.headers) // warm-up: JIT, statement cache, session cache
  if (bare) await drive(bare.url, {})
  const profiler = options.profile ? await startProfiler() : null
  const rounds: { analyze: number; bare: Run | null; headway: Run }[] = []
  for (let i = 0; i < Number(options.rounds); i++) {
    const alone = options['no-peer'] ? Number.NaN : analyzeAlone()
    const floor = bare ? await drive(bare.url, {}) : null
    rounds.push({ analyze: alone, bare: floor, headway: await drive(headway.url, headway.headers) })
  }
  if (profiler && options.profile) await profiler.stop(options.profile)
  bare?.close()
  await headway.close()

  const ms = (v: number) => `${v.toFixed(3)} ms`
  const analyzeMs = median(rounds.map((r) => r.analyze))
  const headwayMs = median(rounds.map((r) => r.headway.cpuMs))
  const failed = rounds.reduce((sum, r) => sum + r.headway.failed, 0)
  console.log(
    `POST /api/analyze, ${options.words} words, server CPU per request (median of ${rounds.length} rounds, load ${loadavg()[0]?.toFixed(1)}):`,
  )
  for (const [i, r] of rounds.entries()) {
    console.log(
      `  round ${i + 1}: analyze ${ms(r.analyze)}, bare ${r.bare ? ms(r.bare.cpuMs) : '-'}, headway ${ms(r.headway.cpuMs)} (${r.headway.rps.toFixed(0)} req/s)`,
    )
  }
  console.log(`  headway, whole request           ${ms(headwayMs)}  (${failed} failed)`)
  if (options['no-peer']) return
  const bareMs = median(rounds.map((r) => r.bare?.cpuMs ?? Number.NaN))
  console.log(`  analyze() alone (the critique)   ${ms(analyzeMs)}`)
  console.log(`  bare Hono answering that Report  ${ms(bareMs)}  (HTTP, Hono, JSON: the floor)`)
  console.log(`  headway beyond analyze()         ${ms(headwayMs - analyzeMs)}`)
  console.log(
    `  headway's own pipeline           ${ms(headwayMs - analyzeMs - bareMs)}  (beyond the critique and the floor: session, CSRF, origin, body checks, headers)`,
  )
}

if (options.drive)
  await beDriver(options.drive, JSON.parse(options.headers) as Record<string, string>)
else await main()

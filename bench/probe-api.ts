import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { analyze } from '../src/core/critique/analyze.js'
import { createServer } from '../src/server/app.js'
import { resolveConfig } from '../src/server/config.js'
import { connect, migrateToLatest } from '../src/store/connect.js'
import { ensureLocalPerson } from '../src/store/repositories/people.js'
import { generateAnswers } from './generate.js'

/**
 * `tsx bench/probe-api.ts [-- --seconds 8 --words 150]`
 *
 * What one `POST /api/analyze` costs the server beyond the critique, in CPU time, so
 * the figure holds on a machine other jobs keep busy (wall-clock req/s does not).
 * In this process: headway's app in server mode on SQLite, signed in, and a bare
 * Hono route that parses the same body; autocannon runs as another process. Printed:
 * CPU ms per request for each, analyze() alone, and headway's overhead over both.
 * Add `--cpu-prof` to node (NODE_OPTIONS) for a profile of the headway run.
 */

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    words: { type: 'string', default: '150' },
    connections: { type: 'string', default: '10' },
    /** Leave out the bare Hono run (for a profile of headway alone). */
    'no-peer': { type: 'boolean', default: false },
  },
})
const SECONDS = Number(options.seconds)
const texts = generateAnswers(100, Number(options.words), 9150)

/** Drive `url` for SECONDS with autocannon in its own process; server CPU ms per request. */
async function drive(url: string, headers: Record<string, string>, body: string) {
  const args = ['-c', options.connections, '-d', String(SECONDS), '-m', 'POST', '-j', '-b', body]
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`)
  const cpu = process.cpuUsage()
  const child = spawn(join('node_modules', '.bin', 'autocannon'), [...args, url], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  let out = ''
  child.stdout.on('data', (d) => {
    out += String(d)
  })
  await new Promise((resolve) => child.once('exit', resolve))
  const used = process.cpuUsage(cpu)
  const result = JSON.parse(out) as {
    requests: { total: number; average: number }
    non2xx: number
    errors: number
  }
  const total = result.requests.total
  return {
    cpuMs: (used.user + used.system) / 1000 / total,
    rps: result.requests.average,
    failed: result.non2xx + result.errors,
  }
}

/** A bare Hono route that parses the same body and answers a small JSON. */
async function bareHono(body: string) {
  const bare = new Hono()
  bare.post('/', async (c) =>
    c.json({ length: ((await c.req.json()) as { text: string }).text.length }),
  )
  const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((r) => bareServer.once('listening', r))
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/`
  const result = await drive(bareUrl, { 'content-type': 'application/json' }, body)
  bareServer.close()
  return result
}

async function main() {
  const body = JSON.stringify({ text: texts[0] })
  for (const text of texts) analyze(text)
  const started = process.cpuUsage()
  let n = 0
  while (n++ < 2000) analyze(texts[0] ?? '')
  const spent = process.cpuUsage(started)
  const analyzeMs = (spent.user + spent.system) / 1000 / n

  const hono = options['no-peer'] ? null : await bareHono(body)

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
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken }
  await drive(`${url}/api/analyze`, headers, body) // warm-up: JIT, statement cache
  const headway = await drive(`${url}/api/analyze`, headers, body)
  server.close()
  await store.close()
  await rm(dir, { recursive: true, force: true })

  const overhead = headway.cpuMs - analyzeMs
  console.log(`POST /api/analyze, ${options.words} words, server CPU per request:`)
  console.log(`  analyze() alone          ${analyzeMs.toFixed(3)} ms`)
  if (hono) {
    console.log(
      `  bare Hono, JSON body     ${hono.cpuMs.toFixed(3)} ms  (${hono.rps.toFixed(0)} req/s)`,
    )
  }
  console.log(
    `  headway                  ${headway.cpuMs.toFixed(3)} ms  (${headway.rps.toFixed(0)} req/s, ${headway.failed} failed)`,
  )
  console.log(
    `  headway beyond analyze() ${overhead.toFixed(3)} ms${hono ? ` = ${(overhead / hono.cpuMs).toFixed(2)}x bare Hono's whole request` : ''}`,
  )
}

await main()

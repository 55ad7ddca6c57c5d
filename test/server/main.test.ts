import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect as connectSocket } from 'node:net'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { runServe } from '../../src/cli/commands/serve.js'
import type { CommandIO } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { DEFAULT_PORT, MAX_WORKERS, readSettings, startServer } from '../../src/server/main.js'
import { defaultDataDir } from '../../src/store/connect.js'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

function io(env: Record<string, string | undefined>) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => {
    out += String(d)
  })
  stderr.on('data', (d) => {
    err += String(d)
  })
  const value: CommandIO = { stdin: new PassThrough(), stdout, stderr, cwd: process.cwd(), env }
  return { io: value, out: () => out, err: () => err }
}

describe('server settings from the environment', () => {
  it('defaults to local mode on 127.0.0.1:4317 with the XDG data folder', () => {
    const s = readSettings({ HOME: '/home/ada' })
    expect(DEFAULT_PORT).toBe(4317)
    expect(s).toMatchObject({ port: 4317, host: '127.0.0.1', databaseUrl: undefined, workers: 1 })
    expect(s.config).toMatchObject({ mode: 'local', secureCookies: false, trustProxy: false })
    expect(defaultDataDir({ XDG_DATA_HOME: '/x' })).toBe('/x/headway')
    expect(defaultDataDir({ HEADWAY_DATA_DIR: '/d', XDG_DATA_HOME: '/x' })).toBe('/d')
    expect(defaultDataDir({})).toMatch(/\.local\/share\/headway$/)
  })

  it('reads server mode, port, host, cookies and the database URL', () => {
    const s = readSettings({
      HEADWAY_MODE: 'server',
      PORT: '8080',
      HEADWAY_HOST: '0.0.0.0',
      HEADWAY_SECURE_COOKIES: 'true',
      HEADWAY_DATABASE_URL: 'postgres://u@db/headway',
    })
    expect(s).toMatchObject({ port: 8080, host: '0.0.0.0', databaseUrl: 'postgres://u@db/headway' })
    expect(s.config).toMatchObject({ mode: 'server', secureCookies: true })
    expect(readSettings({ PORT: '8080' }, { port: 9000 }).port).toBe(9000)
  })

  it('serves from one process in local mode and one per core in server mode', () => {
    expect(readSettings({}).workers).toBe(1)
    expect(readSettings({ HEADWAY_MODE: 'server' }).workers).toBe(
      Math.min(availableParallelism(), MAX_WORKERS),
    )
    expect(readSettings({ HEADWAY_WORKERS: '3' }).workers).toBe(3)
    for (const bad of ['0', '-1', '1.5', 'two', String(MAX_WORKERS + 1)]) {
      expect(() => readSettings({ HEADWAY_WORKERS: bad })).toThrow(
        `HEADWAY_WORKERS must be a whole number from 1 to ${MAX_WORKERS}, not '${bad}'`,
      )
    }
  })

  it('refuses bad settings with a message that names the variable', () => {
    expect(() => readSettings({ HEADWAY_MODE: 'cloud' })).toThrow(/HEADWAY_MODE/)
    expect(() => readSettings({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => readSettings({ PORT: '70000' })).toThrow(/PORT/)
    expect(() => readSettings({ HEADWAY_HOST: '0.0.0.0' })).toThrow(
      /local mode binds only to 127.0.0.1/,
    )
    expect(() => readSettings({ HEADWAY_SECURE_COOKIES: 'maybe' })).toThrow(
      /HEADWAY_SECURE_COOKIES/,
    )
  })
})

describe('headway serve', () => {
  it('starts on 127.0.0.1, prints the address, answers health, and stops', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'headway-serve-'))
    dirs.push(dir)
    const t = io({ HEADWAY_DATA_DIR: dir, HEADWAY_WEB_DIR: join(dir, 'no-web') })
    const stop = new AbortController()
    const running = runServe(['--port', '0'], t.io, stop.signal)
    let address: string | undefined
    for (let i = 0; i < 100 && !address; i++) {
      address = t.out().match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1]
      if (!address) await new Promise((r) => setTimeout(r, 50))
    }
    expect(address, t.out() + t.err()).toBeDefined()
    expect(t.out()).toMatch(/local mode, sqlite: .*headway\.db/)
    expect(t.out()).toMatch(/only the API is served/)
    const health = await fetch(`${address}/api/health`)
    expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite', mode: 'local' })
    stop.abort()
    expect(await running).toBe(0)
    await expect(fetch(`${address}/api/health`)).rejects.toThrow()
  })

  it('exits 2 with a plain message on bad options and settings', async () => {
    const bad = io({})
    expect(await main(['serve', '--port', 'x'], bad.io)).toBe(2)
    expect(bad.err()).toMatch(/--port needs a whole number/)
    const mode = io({ HEADWAY_MODE: 'cloud' })
    expect(await main(['serve'], mode.io)).toBe(2)
    expect(mode.err()).toMatch(/HEADWAY_MODE must be/)
    const url = io({ HEADWAY_DATABASE_URL: 'mysql://x' })
    expect(await main(['serve', '--port', '0'], url.io)).toBe(2)
    expect(url.err()).toMatch(/postgres:\/\//)
    expect(url.err()).not.toMatch(/\n\s+at /)
    const file = join(await mkdtemp(join(tmpdir(), 'headway-file-')), 'a-file')
    dirs.push(file.slice(0, file.lastIndexOf('/')))
    await writeFile(file, 'not a folder')
    const folder = io({ HEADWAY_DATA_DIR: join(file, 'data') })
    expect(await main(['serve', '--port', '0'], folder.io)).toBe(2)
    expect(folder.err()).toMatch(/cannot open the database in .*a-file\/data: ENOTDIR/)
  })
})

/** Send `head` on a raw socket, then one byte every 100 ms; resolve with what came back when it closes. */
function trickle(port: number, head: string, drip: string): Promise<{ reply: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now()
    const socket = connectSocket(port, '127.0.0.1')
    let reply = ''
    let timer: NodeJS.Timeout | undefined
    socket.on('connect', () => {
      socket.write(head)
      let i = 0
      timer = setInterval(() => socket.write(drip[i++ % drip.length] ?? 'x'), 100)
    })
    socket.on('data', (d) => {
      reply += String(d)
    })
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearInterval(timer)
      resolve({ reply, ms: Date.now() - started })
    })
    setTimeout(() => socket.destroy(), 10_000)
  })
}

/** Send raw bytes, half-close, and collect what comes back. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connectSocket(port, '127.0.0.1', () => socket.end(Buffer.from(bytes, 'latin1')))
    let reply = ''
    socket.on('data', (d) => {
      reply += String(d)
    })
    socket.on('error', () => undefined)
    socket.on('close', () => resolve(reply))
  })
}

describe('requests that are not HTTP', () => {
  it('answer 400 in the documented error shape, and the server keeps serving', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'headway-raw-'))
    dirs.push(dir)
    const running = await startServer(readSettings({ HEADWAY_DATA_DIR: dir }, { port: 0 }), {
      log: () => undefined,
    })
    try {
      const port = Number(new URL(running.url).port)
      for (const bytes of ['GET /\u00ff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'GARBAGE\r\n\r\n']) {
        const reply = await raw(port, bytes)
        expect(reply, JSON.stringify(bytes)).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
        expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toEqual({
          error: { code: 'bad_request', message: 'the request could not be read as HTTP' },
        })
      }
      // Parsed by Node, but no URL can be built from them: the same shape, with the security headers.
      for (const [bytes, message] of [
        ['GET /api/health HTTP/1.1\r\nHost: \r\n\r\n', /Host header/],
        ['GET /api/health HTTP/1.1\r\nHost: user@127.0.0.1\r\n\r\n', /Host header/],
        ['GET /api\\health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', /backslash/],
      ] as const) {
        const reply = await raw(port, bytes)
        expect(reply, JSON.stringify(bytes)).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
        expect(reply.toLowerCase()).toContain("content-security-policy: default-src 'self'")
        expect(reply.toLowerCase()).toContain('x-content-type-options: nosniff')
        const body = JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))
        expect(body.error.code, JSON.stringify(bytes)).toBe('bad_request')
        expect(body.error.message, JSON.stringify(bytes)).toMatch(message)
      }
      expect((await fetch(`${running.url}/api/health`)).status).toBe(200)
    } finally {
      await running.close()
    }
  })
})

describe('slow clients', () => {
  it('cuts off a client that trickles its headers or its body, and keeps serving others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'headway-slow-'))
    dirs.push(dir)
    const running = await startServer(readSettings({ HEADWAY_DATA_DIR: dir }, { port: 0 }), {
      timeouts: { headersMs: 800, requestMs: 2_000 },
      log: () => undefined,
    })
    try {
      const port = Number(new URL(running.url).port)
      const me = (await (await fetch(`${running.url}/api/auth/me`)).json()) as { csrfToken: string }
      const [headers, body] = await Promise.all([
        trickle(port, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: a\r\n'),
        trickle(
          port,
          'POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n' +
            `X-CSRF-Token: ${me.csrfToken}\r\n\r\n`,
          ' ',
        ),
        // Meanwhile an ordinary request is answered at once.
        fetch(`${running.url}/api/health`).then((r) => expect(r.status).toBe(200)),
      ])
      expect(headers.reply).toMatch(/^HTTP\/1\.1 408/)
      expect(headers.ms).toBeLessThan(5_000)
      expect(body.reply).toMatch(/^HTTP\/1\.1 408/)
      expect(body.ms).toBeGreaterThanOrEqual(1_500)
      expect(body.ms).toBeLessThan(6_000)
    } finally {
      await running.close()
    }
  }, 20_000)
})

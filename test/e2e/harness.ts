import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serve } from '@hono/node-server'
import type { Kysely } from 'kysely'
import { type BrowserContext, chromium } from 'playwright-core'
import { createServer } from '../../src/server/app.js'
import { resolveConfig } from '../../src/server/config.js'
import { connect, migrateToLatest } from '../../src/store/connect.js'
import type { Database } from '../../src/store/database.js'
import { acquireFolderLock } from '../helpers/folder-lock.js'
import { sharedBrowser } from '../helpers/shared-browser.js'

export const ROOT = resolve(import.meta.dirname, '../..')
export const WEB_DIST = join(ROOT, 'web/dist')
export const SCREENSHOTS = join(ROOT, 'test-artifacts/screenshots')
export const CHROMIUM = process.env.HEADWAY_CHROMIUM ?? '/usr/bin/chromium'

/** Run the e2e suites unless Chromium is absent and nobody requires it (CI, HEADWAY_REQUIRE_BROWSER). */
export const browserRequired = Boolean(process.env.CI || process.env.HEADWAY_REQUIRE_BROWSER)
export const hasBrowser = existsSync(CHROMIUM)
export const skipBrowser = !hasBrowser && !browserRequired

function isFresh(): boolean {
  const index = join(WEB_DIST, 'index.html')
  if (!existsSync(index) || process.env.HEADWAY_REBUILD_WEB) return false
  const newest = Math.max(newestMtime(join(ROOT, 'web/src')), newestMtime(join(ROOT, 'src/core')))
  return statSync(index).mtimeMs > newest
}

/**
 * Build web/dist with Vite when it is missing or older than web/src or src/core.
 * The e2e files run in parallel workers, so the build holds a lock (a folder in
 * the temp dir; a lock older than two minutes is from a dead run and is taken over).
 */
export function ensureWebBuilt(): void {
  if (isFresh()) return
  const release = acquireFolderLock(
    join(
      tmpdir(),
      `headway-web-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`,
    ),
  )
  try {
    if (isFresh()) return
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'error'],
      { cwd: ROOT, stdio: 'inherit' },
    )
  } finally {
    release()
  }
}

function newestMtime(dir: string): number {
  let newest = 0
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      const s = statSync(p)
      if (s.isDirectory()) walk(p)
      else newest = Math.max(newest, s.mtimeMs)
    }
  }
  walk(dir)
  return newest
}

export interface App {
  url: string
  /** The app's database, for tests that store what an older version may have left. */
  db: Kysely<Database>
  close(): Promise<void>
}

/**
 * The real server on loopback with a fresh SQLite database in a temp folder,
 * serving web/dist. The safe fetch is told to allow loopback, so the test's
 * company page on 127.0.0.1 can be fetched (private ranges stay refused).
 */
export async function startApp(mode: 'local' | 'server' = 'local'): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'headway-e2e-'))
  const store = connect({ dataDir: dir })
  await migrateToLatest(store.db)
  const { app } = createServer({
    db: store.db,
    dialect: store.dialect,
    config: resolveConfig({ mode, webDir: WEB_DIST, scryptLogN: 10, allowLoopbackFetch: true }),
    clock: { now: () => new Date() },
    log: () => undefined,
  })
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s))
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    db: store.db,
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()))
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A plain page server on loopback (the "company website" of the tests). */
export async function startPages(
  pages: Record<string, string>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createHttpServer((req, res) => {
    const body = pages[req.url ?? '/']
    if (body === undefined) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  }
}

export interface BrowserSession {
  /** The first person's context (its own cookies and storage). */
  context: BrowserContext
  /** Another person in the same browser: a new context, so separate cookies and storage. */
  person(): Promise<BrowserContext>
  close(): Promise<void>
}

/** Headless Debian Chromium with no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * A browser for one test file: each person is a browser context of its own
 * (cookies, storage), which costs milliseconds where a second Chromium costs
 * seconds. Files with no launch flags of their own connect to the run's shared
 * Chromium (test/helpers/shared-browser.ts), and close() closes their contexts and
 * disconnects; a file with flags (a fake microphone) starts its own.
 */
export async function launchBrowser(
  viewport = { width: 1280, height: 900 },
  extraArgs: readonly string[] = [],
): Promise<BrowserSession> {
  const shared = extraArgs.length === 0 ? await sharedBrowser(CHROMIUM, CHROMIUM_ARGS) : undefined
  const browser = shared
    ? await chromium.connect(shared)
    : await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [...CHROMIUM_ARGS, ...extraArgs],
      })
  const person = () => browser.newContext({ viewport })
  return {
    context: await person(),
    person,
    close: () => browser.close(),
  }
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true })
  return join(SCREENSHOTS, `${name}.png`)
}

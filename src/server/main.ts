import { existsSync } from 'node:fs'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BlockList } from 'node:net'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { Duplex } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { getRequestListener } from '@hono/node-server'
import { connect, defaultDataDir, migrateToLatest, type Store } from '../store/connect.js'
import { explainSqliteError } from '../store/data-dir.js'
import { ensureLocalPerson } from '../store/repositories/people.js'
import { addProxy } from './auth/client-ip.js'
import { resolveConfig, type ServerConfig } from './config.js'
import { ApiError } from './errors.js'
import type { FetchedPage } from './routes/route.js'
import { setSecurityHeaders } from './security.js'

/**
 * Start headway's server from the environment (docs/api.md "Running"):
 * PORT, HEADWAY_MODE, HEADWAY_HOST, HEADWAY_DATA_DIR, HEADWAY_DATABASE_URL,
 * HEADWAY_SECURE_COOKIES, HEADWAY_TRUST_PROXY, HEADWAY_TRUSTED_PROXIES, HEADWAY_WEB_DIR,
 * HEADWAY_WORKERS.
 */

export const DEFAULT_PORT = 4317
export const MAX_WORKERS = 32

export interface ServerSettings {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  /** Processes serving requests (cluster.ts); 1 serves from this process. */
  workers: number
  config: ServerConfig
}

/** A bad setting, reported without a trace. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError'
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

function flag(env: Record<string, string | undefined>, name: string): boolean {
  const value = env[name]?.trim().toLowerCase()
  if (value === undefined || value === '') return false
  if (['1', 'true', 'yes', 'on'].includes(value)) return true
  if (['0', 'false', 'no', 'off'].includes(value)) return false
  throw new SettingsError(`${name} must be true or false, not '${env[name]}'`)
}

/**
 * HEADWAY_TRUSTED_PROXIES: the proxies' addresses or CIDR ranges, comma-separated. Giving
 * them turns HEADWAY_TRUST_PROXY on; HEADWAY_TRUST_PROXY=true alone trusts a proxy on
 * this machine (loopback) only.
 */
function trustedProxies(env: Record<string, string | undefined>): {
  trustProxy: boolean
  trustedProxies?: string[]
} {
  const raw = env.HEADWAY_TRUSTED_PROXIES?.trim()
  if (!raw) return { trustProxy: flag(env, 'HEADWAY_TRUST_PROXY') }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const check = new BlockList()
  for (const entry of entries) {
    try {
      addProxy(check, entry)
    } catch (error) {
      throw new SettingsError(`HEADWAY_TRUSTED_PROXIES: ${(error as Error).message}`)
    }
  }
  return { trustProxy: true, trustedProxies: entries }
}

/** The packaged web app: <package>/web/dist, from src/server or dist/server alike. */
export function defaultWebDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist')
}

export function readSettings(
  env: Record<string, string | undefined>,
  overrides: { port?: number } = {},
): ServerSettings {
  const mode = env.HEADWAY_MODE?.trim() || 'local'
  if (mode !== 'local' && mode !== 'server') {
    throw new SettingsError(`HEADWAY_MODE must be 'local' or 'server', not '${mode}'`)
  }
  let port = overrides.port
  if (port === undefined) {
    const raw = env.PORT?.trim()
    port = raw ? Number(raw) : DEFAULT_PORT
    if (!raw || !/^\d+$/.test(raw)) port = raw ? Number.NaN : DEFAULT_PORT
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SettingsError(`PORT must be a whole number from 0 to 65535, not '${env.PORT}'`)
  }
  const host = env.HEADWAY_HOST?.trim() || '127.0.0.1'
  if (mode === 'local' && !LOOPBACK.has(host)) {
    throw new SettingsError(
      `local mode binds only to 127.0.0.1 (HEADWAY_HOST=${host}); set HEADWAY_MODE=server to serve other machines`,
    )
  }
  const webDir = env.HEADWAY_WEB_DIR?.trim() || defaultWebDir()
  // One person needs one process; a career centre's server uses every core.
  const workersRaw = env.HEADWAY_WORKERS?.trim()
  const workers = workersRaw
    ? Number(workersRaw)
    : mode === 'server'
      ? Math.min(availableParallelism(), MAX_WORKERS)
      : 1
  if (
    !/^\d*$/.test(workersRaw ?? '') ||
    !Number.isInteger(workers) ||
    workers < 1 ||
    workers > MAX_WORKERS
  ) {
    throw new SettingsError(
      `HEADWAY_WORKERS must be a whole number from 1 to ${MAX_WORKERS}, not '${env.HEADWAY_WORKERS}'`,
    )
  }
  return {
    port,
    host,
    dataDir: defaultDataDir(env),
    databaseUrl: env.HEADWAY_DATABASE_URL?.trim() || undefined,
    workers,
    config: resolveConfig({
      mode,
      secureCookies: flag(env, 'HEADWAY_SECURE_COOKIES'),
      ...trustedProxies(env),
      webDir: existsSync(join(webDir, 'index.html')) ? webDir : null,
      allowLoopbackFetch: flag(env, 'HEADWAY_ALLOW_LOOPBACK_FETCH'),
    }),
  }
}

export interface RunningServer {
  url: string
  store: Store
  close(): Promise<void>
}

/**
 * Requests Node cannot parse (raw bytes in the URL, broken framing) never reach the app;
 * Node would answer a bare 400. Answer the documented error shape instead; timeouts and
 * oversized headers keep Node's own status line.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const statusLine = NODE_STATUS_LINES[error.code ?? '']
  if (statusLine) {
    socket.end(`HTTP/1.1 ${statusLine}\r\nConnection: close\r\n\r\n`)
    return
  }
  const body = JSON.stringify(
    new ApiError('bad_request', 'the request could not be read as HTTP').toJSON(),
  )
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

/** Why a request that reached Node could not become a Request, in the documented shape. */
function unreadableRequest(error: unknown, config: ServerConfig): Response {
  const reason = error instanceof Error ? error.message : ''
  const message = /host/i.test(reason)
    ? 'the Host header is missing or not a valid host name'
    : /backslash/i.test(reason)
      ? 'the request path holds a backslash'
      : 'the request URL could not be read'
  const response = new Response(JSON.stringify(new ApiError('bad_request', message).toJSON()), {
    status: 400,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })
  setSecurityHeaders(response.headers, config)
  return response
}

const NODE_STATUS_LINES: Readonly<Record<string, string>> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
}

/** Open the database and bring it to the latest schema, with the local person in it. */
async function openStore(settings: ServerSettings, migrate: boolean): Promise<Store> {
  let store: Store
  try {
    store = connect({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new SettingsError(`cannot open the database in ${settings.dataDir}: ${reason}`)
  }
  if (!migrate) return store
  const migrated = await migrateToLatest(store.db)
  if (!migrated.ok) {
    await store.close().catch(() => undefined)
    throw new SettingsError(`cannot prepare the database (${store.location}): ${migrated.error}`)
  }
  try {
    await ensureLocalPerson(store.db, new Date().toISOString())
  } catch (error) {
    await store.close().catch(() => undefined)
    throw new SettingsError(
      `cannot prepare the database (${store.location}): ${explainSqliteError(error, settings.databaseUrl ? undefined : settings.dataDir)}`,
    )
  }
  return store
}

/** Migrate once before several processes share the database (cluster.ts). */
export async function prepareDatabase(settings: ServerSettings): Promise<string> {
  const store = await openStore(settings, true)
  await store.close()
  return store.location
}

export interface StartOptions {
  fetchPage?: (url: string) => Promise<FetchedPage>
  log?: (line: string) => void
  /** The database is already migrated (a cluster worker): only open it. */
  prepared?: boolean
  /** Local mode's CSRF token, shared by every process of a cluster. */
  localCsrfToken?: string
  timeouts?: Partial<SocketTimeouts>
}

/** How long a client may take to send its headers, and its whole request (body included). */
export interface SocketTimeouts {
  headersMs: number
  requestMs: number
}
export const SOCKET_TIMEOUTS: Readonly<SocketTimeouts> = { headersMs: 15_000, requestMs: 60_000 }

/** Open (and migrate) the database, then listen. Throws SettingsError on bad settings or data folders. */
export async function startServer(
  settings: ServerSettings,
  options: StartOptions = {},
): Promise<RunningServer> {
  const store = await openStore(settings, !options.prepared)
  // The app (every route, and the critique with its language model) is loaded here, not
  // with this module: a cluster's primary imports this module only to migrate and fork.
  const { createServer } = await import('./app.js')
  const { app } = createServer({
    db: store.db,
    config: settings.config,
    clock: { now: () => new Date() },
    dialect: store.dialect,
    ...(options.fetchPage ? { fetchPage: options.fetchPage } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.localCsrfToken ? { localCsrfToken: options.localCsrfToken } : {}),
  })
  // A client that trickles its headers or body (slowloris) is cut off instead of
  // holding a socket for Node's default five minutes.
  const timeouts = { ...SOCKET_TIMEOUTS, ...options.timeouts }
  // Requests Node parses but no URL can be built from (an empty Host, a Host with
  // userinfo, a backslash in the path) fail before the app; @hono/node-server would
  // answer them with a bare 400, so they get the documented shape and headers here.
  const listener = getRequestListener(app.fetch, {
    hostname: settings.host,
    errorHandler: (error) => unreadableRequest(error, settings.config),
  })
  const server = createHttpServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      // How often Node checks those deadlines (its default, 30 s, would let them overrun).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    listener,
  )
  server.listen(settings.port, settings.host)
  server.on('clientError', answerUnparsable)
  await new Promise<void>((resolveListen, reject) => {
    server.once('listening', resolveListen)
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new SettingsError(
          error.code === 'EADDRINUSE'
            ? `port ${settings.port} is in use: set PORT or --port to another`
            : `cannot listen on ${settings.host}:${settings.port}: ${error.message}`,
        ),
      )
    })
  }).catch(async (error) => {
    await store.close().catch(() => undefined)
    throw error
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shownHost}:${address.port}`,
    store,
    async close() {
      await new Promise<void>((done) => server.close(() => done()))
      await store.close()
    },
  }
}

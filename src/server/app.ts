import { randomUUID } from 'node:crypto'
import { type Context, Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Kysely } from 'kysely'
import { InputError } from '../core/critique/input.js'
import { PageError } from '../io/page-error.js'
import { FetchError, safeFetch } from '../io/safe-fetch.js'
import { type Dialect, isDatabaseUnavailable, isDiskFull } from '../store/connect.js'
import type { Database } from '../store/database.js'
import { MissingReferenceError } from '../store/errors.js'
import { SessionCache } from './auth/session-cache.js'
import type { ServerConfig } from './config.js'
import { ApiError, ERROR_STATUS, type ErrorCode } from './errors.js'
import { routeHandler } from './middleware/pipeline.js'
import { withOpenApi } from './openapi.js'
import type { Deps, FetchedPage, Route } from './routes/route.js'
import { routeTable } from './routes/table.js'
import { requestGuard } from './security.js'
import { serveStatic } from './static.js'

export { routeTable } from './routes/table.js'

export interface ServerDeps {
  db: Kysely<Database>
  config: Readonly<ServerConfig>
  clock: { now(): Date }
  dialect?: Dialect
  newId?: () => string
  fetchPage?: (url: string) => Promise<FetchedPage>
  log?: (line: string) => void
  /** Local mode's CSRF token; one per process unless given (a cluster shares one). */
  localCsrfToken?: string
}

export interface HeadwayServer {
  app: Hono
  routes: readonly Route[]
  /** The per-process CSRF token of local mode. */
  localCsrfToken: string
}

function errorResponse(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value)
  return c.json(error.toJSON(), error.status)
}

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
}

/** Map any error to the documented shape; unknown ones are a 500 without details. */
function toApiError(error: unknown, log: (line: string) => void): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof MissingReferenceError) return new ApiError('not_found', error.message)
  if (error instanceof InputError) {
    return new ApiError('validation', error.message, [{ path: 'text', message: error.message }])
  }
  if (error instanceof PageError) {
    return new ApiError('validation', error.message, [{ path: 'html', message: error.message }])
  }
  if (error instanceof FetchError) {
    // The address or URL itself is refused: the request is at fault. Otherwise the site is.
    if (['bad-url', 'bad-scheme', 'private-address'].includes(error.code)) {
      return new ApiError('validation', error.message, [{ path: 'url', message: error.message }])
    }
    return new ApiError('upstream', `could not read the page: ${error.message}`)
  }
  if (error instanceof HTTPException) {
    const code = HTTP_CODES[error.status] ?? 'bad_request'
    return new ApiError(code, error.message || code.replace('_', ' '))
  }
  if (isDatabaseUnavailable(error)) {
    log(`database unavailable: ${error instanceof Error ? error.message : String(error)}`)
    if (isDiskFull(error)) {
      // Reads still work; say why writes do not, without naming paths.
      return new ApiError(
        'unavailable',
        "the server's disk is full, so nothing could be saved: try again once space is freed",
      )
    }
    return new ApiError('unavailable', 'the database is not available: try again shortly')
  }
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  return new ApiError('internal', 'something went wrong on our side')
}

function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/:\w+/g, '[^/]+')}$`)
}

/**
 * The HTTP API and the web app's files, as a Hono app (no listen: main.ts and the
 * tests serve it).
 *
 * @example
 * const { app } = createServer({ db, config: resolveConfig(), clock: { now: () => new Date() } })
 * serve({ fetch: app.fetch, port: 4317, hostname: '127.0.0.1' })
 */
export function createServer(input: ServerDeps): HeadwayServer {
  const log = input.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const deps: Deps = {
    db: input.db,
    config: input.config,
    clock: input.clock,
    newId: input.newId ?? randomUUID,
    dialect: input.dialect ?? 'sqlite',
    localCsrfToken: input.localCsrfToken ?? randomUUID(),
    sessions: new SessionCache(input.config.mode === 'server' ? input.config.sessionCacheMs : 0),
    log,
    fetchPage:
      input.fetchPage ??
      ((url) => safeFetch(url, { allowLoopback: input.config.allowLoopbackFetch })),
  }
  const { config } = deps
  const app = new Hono()
  const routes: Route[] = withOpenApi(routeTable)

  // The security headers and the Host and Origin checks, on every request (404s and files too).
  const guard = requestGuard(config)
  for (const route of routes) app.on(route.method, route.path, routeHandler(route, deps, guard))

  app.notFound(async (c) => {
    guard(c)
    const path = c.req.path
    if (path === '/api' || path.startsWith('/api/')) {
      const allowed = routes.filter((r) => pathPattern(r.path).test(path)).map((r) => r.method)
      if (allowed.length > 0) {
        c.header('Allow', [...new Set(allowed)].join(', '))
        return errorResponse(
          c,
          new ApiError('method_not_allowed', `${c.req.method} is not allowed here`),
        )
      }
      return errorResponse(c, new ApiError('not_found', `no route ${c.req.method} ${path}`))
    }
    if (config.webDir && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      const response = await serveStatic(config.webDir, path, c.req.method)
      // Through the context, so the security headers set before it are on the file too.
      if (response) return c.newResponse(response.body, response)
    }
    return c.text('Not found', 404)
  })

  app.onError((error, c) => errorResponse(c, toApiError(error, log)))

  return { app, routes, localCsrfToken: deps.localCsrfToken }
}

export { MAX_JSON_DEPTH } from './middleware/json-body.js'
export { ERROR_STATUS }

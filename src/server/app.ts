import { randomUUID, timingSafeEqual } from 'node:crypto'
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { Kysely } from 'kysely'
import { InputError } from '../core/critique/input.js'
import { PageError } from '../io/page-text.js'
import { FetchError, safeFetch } from '../io/safe-fetch.js'
import { type Dialect, isDatabaseUnavailable, isDiskFull } from '../store/connect.js'
import type { Database } from '../store/database.js'
import { MissingReferenceError } from '../store/errors.js'
import { LOCAL_PERSON_ID } from '../store/repositories/people.js'
import { currentSession } from './auth/sessions.js'
import type { ServerConfig } from './config.js'
import { ApiError, ERROR_STATUS, type ErrorCode, validationError } from './errors.js'
import { openApiDocument } from './openapi.js'
import type { Deps, FetchedPage, Route } from './routes/route.js'
import { routeTable } from './routes/table.js'
import { originGuard, securityHeaders } from './security.js'
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

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
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

/** Deepest JSON nesting a body may have: real documents stay far below it. */
export const MAX_JSON_DEPTH = 64

const NUL = '\u0000'

/**
 * One walk over a parsed body (without recursion): whether it nests deeper than `max`,
 * and the dotted path of the first string holding U+0000, which PostgreSQL cannot store
 * and no field needs.
 */
function inspectBody(value: unknown, max: number): { tooDeep: boolean; nulAt: string | null } {
  const stack: [unknown, number, string][] = [[value, 1, '']]
  let nulAt: string | null = null
  while (stack.length > 0) {
    const [current, depth, path] = stack.pop() as [unknown, number, string]
    if (typeof current === 'string' && nulAt === null && current.includes(NUL)) nulAt = path
    if (current === null || typeof current !== 'object') continue
    if (depth > max) return { tooDeep: true, nulAt }
    for (const [key, child] of Object.entries(current)) {
      stack.push([child, depth + 1, path ? `${path}.${key}` : key])
    }
  }
  return { tooDeep: false, nulAt }
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
    log,
    fetchPage:
      input.fetchPage ??
      ((url) => safeFetch(url, { allowLoopback: input.config.allowLoopbackFetch })),
  }
  const { config } = deps
  const app = new Hono()
  const routes: Route[] = [
    ...routeTable,
    {
      method: 'GET',
      path: '/api/openapi.json',
      summary: 'This API as an OpenAPI 3.1 document',
      access: 'public',
      csrf: false,
      bodyLimit: 'normal',
      response: { status: 200, description: 'the OpenAPI document' },
      async handle({ c }) {
        return c.json(openApiDocument(routes))
      },
    },
  ]

  app.use('*', securityHeaders(config))
  app.use('*', originGuard(config))

  // Connection: close, as the unread rest of the body would otherwise poison a kept-alive socket.
  const tooLarge = (limit: number) => (c: Context) => {
    c.header('Connection', 'close')
    return errorResponse(
      c,
      new ApiError(
        'payload_too_large',
        `the body is over the limit of ${Math.round(limit / 1024)} KB`,
      ),
    )
  }

  for (const route of routes) {
    const limit = route.bodyLimit === 'large' ? config.largeBodyLimit : config.bodyLimit
    app.on(
      route.method,
      route.path,
      bodyLimit({ maxSize: limit, onError: tooLarge(limit) }),
      async (c) => {
        const now = deps.clock.now()
        let owner = ''
        let sessionId: string | null = null
        let csrfExpected: string | undefined
        if (config.mode === 'local') {
          owner = LOCAL_PERSON_ID
          csrfExpected = deps.localCsrfToken
        } else if (route.access === 'person' || route.csrf) {
          const session = await currentSession(c, deps.db, now)
          if (session) {
            owner = session.personId
            sessionId = session.id
            csrfExpected = session.csrfToken
          }
        }
        if (route.access === 'person' && !owner) {
          throw new ApiError('unauthorized', 'sign in first')
        }
        // A public route with nothing to protect (log out without a session) needs no token.
        const needsToken = route.csrf && (config.mode === 'local' || owner !== '')
        if (needsToken && !sameToken(c.req.header('x-csrf-token'), csrfExpected)) {
          throw new ApiError(
            'csrf',
            'missing or wrong X-CSRF-Token header: get it from /api/auth/me',
          )
        }
        // A path id holding U+0000 names nothing (and PostgreSQL could not even look it up).
        if (Object.values(c.req.param() as Record<string, string>).some((p) => p.includes(NUL))) {
          throw new ApiError('not_found', 'no such object')
        }
        let body: unknown
        if (route.body) {
          const type = c.req.header('content-type') ?? ''
          if (!/^application\/json\b/i.test(type)) {
            throw new ApiError(
              'unsupported_media_type',
              'send the body as JSON (Content-Type: application/json)',
            )
          }
          const raw = await c.req.text()
          let json: unknown
          try {
            json = JSON.parse(raw)
          } catch {
            throw new ApiError('bad_request', 'the body is not valid JSON')
          }
          const { tooDeep, nulAt } = inspectBody(json, MAX_JSON_DEPTH)
          if (tooDeep) {
            throw new ApiError('bad_request', `the body nests deeper than ${MAX_JSON_DEPTH} levels`)
          }
          if (nulAt !== null) {
            const message = 'contains a NUL character (U+0000)'
            throw new ApiError('validation', `invalid body: ${nulAt || 'body'}: ${message}`, [
              { path: nulAt, message },
            ])
          }
          const parsed = route.body.safeParse(json)
          if (!parsed.success) throw validationError(parsed.error, 'body')
          body = parsed.data
        }
        let query: Record<string, string> = {}
        if (route.query) {
          const parsed = route.query.safeParse(c.req.query())
          if (!parsed.success) throw validationError(parsed.error, 'query')
          query = parsed.data as Record<string, string>
        }
        return route.handle({ c, deps, owner, sessionId, body, params: c.req.param(), query, now })
      },
    )
  }

  app.notFound(async (c) => {
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
      if (response) return response
    }
    return c.text('Not found', 404)
  })

  app.onError((error, c) => errorResponse(c, toApiError(error, log)))

  return { app, routes, localCsrfToken: deps.localCsrfToken }
}

export { ERROR_STATUS }

import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { CollectionName } from '../../store/collections.js'
import type { Dialect } from '../../store/connect.js'
import type { Database } from '../../store/database.js'
import type { SessionCache } from '../auth/session-cache.js'
import type { ServerConfig } from '../config.js'
import { ApiError } from '../errors.js'

/**
 * One route of the API as data: method, path, who may call it, what it takes and
 * returns, and its handler. app.ts mounts the table, openapi.ts documents it, and
 * the isolation test walks it, so a route cannot be added without all three.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** A page fetched for company research (src/io/safe-fetch.ts): final URL, media type, text. */
export interface FetchedPage {
  url: string
  contentType: string
  body: string
}

export interface Deps {
  db: Kysely<Database>
  config: Readonly<ServerConfig>
  clock: { now(): Date }
  newId: () => string
  dialect: Dialect
  /** Fetch a company page safely (no private addresses, size and time caps). */
  fetchPage: (url: string) => Promise<FetchedPage>
  /** The CSRF token of local mode (one per process; server mode has one per session). */
  localCsrfToken: string
  /** Sessions this process looked up lately (server mode); ending a session forgets it here. */
  sessions: SessionCache
  /** Server-side log (errors with their stack go here, never to the client). */
  log: (line: string) => void
}

export interface RouteInput<B> {
  c: Context
  deps: Deps
  /** The person whose data this request reads and writes ('' on public routes without one). */
  owner: string
  /** The session's token hash in server mode, when there is a session. */
  sessionId: string | null
  body: B
  params: Record<string, string>
  query: Record<string, string>
  now: Date
}

/** What a route's `:id` can name: a stored object, a coach invite, or a student (a person). */
export type Owned = CollectionName | 'coachInvites' | 'students'

/** Ids of existing objects, for example bodies (companyId, applicationId) and `:id`s. */
export type ExampleIds = Record<Owned, string>

export interface Route<B = unknown> {
  method: Method
  /** Hono path syntax, e.g. `/api/goals/:id`. */
  path: string
  summary: string
  /** 'person': needs a signed-in person in server mode (always granted in local mode). */
  access: 'public' | 'person'
  /** Needs the X-CSRF-Token header. */
  csrf: boolean
  body?: z.ZodType<B>
  /** The schema documented for the body when it differs from the one validated (PATCH). */
  docBody?: z.ZodType
  query?: z.ZodType
  response: { status: number; description: string; schema?: z.ZodType }
  /** The `:id` in the path names an object of this kind (isolation test, 404s). */
  owns?: Owned
  /** Exists only in server mode (404 in local mode). */
  serverOnly?: boolean
  /** A valid body, given ids of existing objects (tests and OpenAPI examples). */
  example?: (ids: ExampleIds) => unknown
  bodyLimit: 'normal' | 'large'
  handle(input: RouteInput<B>): Promise<Response>
}

type RouteSpec<B> = Omit<Route<B>, 'access' | 'csrf' | 'bodyLimit'> &
  Partial<Pick<Route<B>, 'access' | 'csrf' | 'bodyLimit'>>

/** Refuse a route of server mode when running in local mode. */
export function requireServerMode(deps: Deps, what: string): void {
  if (deps.config.mode !== 'server') {
    throw new ApiError('not_found', `${what} exist only in server mode (HEADWAY_MODE=server)`)
  }
}

/** Defaults: needs a person; CSRF on everything but GET; normal body limit. */
export function defineRoute<B = undefined>(spec: RouteSpec<B>): Route {
  return {
    access: 'person',
    csrf: spec.method !== 'GET',
    bodyLimit: 'normal',
    ...spec,
  } as Route
}

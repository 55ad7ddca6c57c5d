import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './database.js'
import { migrationProvider } from './migrations/index.js'

/**
 * The only place a database driver is chosen or imported. SQLite (one file in the
 * data folder, WAL) by default; PostgreSQL when the URL says postgres://.
 */

export type Dialect = 'sqlite' | 'postgres'

export interface Store {
  db: Kysely<Database>
  dialect: Dialect
  /** Where the data lives, for the start-up message (file path or host/db, no password). */
  location: string
  close(): Promise<void>
}

export interface ConnectOptions {
  /** A postgres:// URL, or unset for SQLite. */
  databaseUrl?: string | undefined
  /** Folder of the SQLite file (created if missing). */
  dataDir: string
}

/** `$HEADWAY_DATA_DIR`, else `$XDG_DATA_HOME/headway`, else `~/.local/share/headway`. */
export function defaultDataDir(env: Record<string, string | undefined>): string {
  if (env.HEADWAY_DATA_DIR) return env.HEADWAY_DATA_DIR
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'headway')
  return join(homedir(), '.local', 'share', 'headway')
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url)
}

/** Open the database (no migration). */
export function connect(options: ConnectOptions): Store {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    if (!isPostgresUrl(options.databaseUrl)) {
      throw new Error('HEADWAY_DATABASE_URL must start with postgres:// or postgresql://')
    }
    const url = new URL(options.databaseUrl)
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 })
    // An idle client losing its server (PostgreSQL restarted) must not crash the process;
    // the next query fails and the API answers 503 until the server is back.
    pool.on('error', () => undefined)
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return {
      db,
      dialect: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
      close: () => db.destroy(),
    }
  }
  mkdirSync(options.dataDir, { recursive: true })
  const file = join(options.dataDir, 'headway.db')
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  // WAL + NORMAL: a committed transaction survives a process crash (not a power cut).
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() }
}

export interface MigrationOutcome {
  ok: boolean
  results: { migration: string; status: 'Success' | 'Error' | 'NotExecuted' }[]
  error?: string
}

/** Bring the schema to the latest version; never throws (a result set, as Kysely's Migrator). */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error, results = [] } = await migrator.migrateToLatest()
  const outcome: MigrationOutcome = {
    ok: !error,
    results: results.map((r) => ({ migration: r.migrationName, status: r.status })),
  }
  if (error) outcome.error = error instanceof Error ? error.message : String(error)
  return outcome
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
  'SQLITE_BUSY',
  'SQLITE_READONLY',
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
])

/** True when an error means "the database cannot be reached or written now" (503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as Error & { code?: unknown }).code
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_CODES.has(code) || code.startsWith('SQLITE_IOERR'))
  ) {
    return true
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
    error.message,
  )
}

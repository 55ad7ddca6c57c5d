import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely'
import type pg from 'pg'
import { DATABASE_FILE, explainSqliteError, prepareDataDir } from './data-dir.js'
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

/** The data folder of each SQLite database, so a failed migration can say what filled up. */
const sqliteFolders = new WeakMap<Kysely<Database>, string>()

/**
 * node-postgres, required on first use: a local (SQLite) headway never loads it, which
 * takes about 70 ms off every start. pg is CommonJS, so this stays synchronous.
 */
function postgresDriver(): typeof pg {
  return createRequire(import.meta.url)('pg') as typeof pg
}

/** Open the database (no migration). */
export function connect(options: ConnectOptions): Store {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    if (!isPostgresUrl(options.databaseUrl)) {
      throw new Error('HEADWAY_DATABASE_URL must start with postgres:// or postgresql://')
    }
    const url = new URL(options.databaseUrl)
    const pool = new (postgresDriver().Pool)({ connectionString: options.databaseUrl, max: 10 })
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
  prepareDataDir(options.dataDir)
  const file = join(options.dataDir, DATABASE_FILE)
  let sqlite: SQLite.Database | undefined
  try {
    sqlite = new SQLite(file)
    configureSqlite(sqlite)
  } catch (error) {
    sqlite?.close()
    throw new Error(explainSqliteError(error, options.dataDir))
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) })
  sqliteFolders.set(db, options.dataDir)
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() }
}

/**
 * The pragmas every SQLite connection gets. Setting journal_mode reads the file
 * header, so a file that is not a database fails here, before anything is written.
 *
 * - journal_mode=WAL: readers never block the writer, and a commit is one append to
 *   the -wal file; a process killed mid-write leaves a torn tail that the next open
 *   discards (test/server/crash.test.ts kills the server mid-stream to prove it).
 * - synchronous=NORMAL: in WAL mode the -wal file is synced at checkpoints, not at
 *   every commit. A commit survives the death of the process (the OS holds the
 *   written pages), not a power cut or kernel panic, which may lose the last
 *   commits but never corrupts the file. FULL would sync every commit, several
 *   milliseconds each; a crash of headway is far likelier than of the machine.
 * - busy_timeout=5000: several processes (workers, a CLI next to the server) share
 *   the file; a writer waits up to 5 s for the lock instead of failing with
 *   SQLITE_BUSY at once.
 * - foreign_keys=ON: the schema has no foreign keys (references live in parent_id
 *   and are checked in the repositories), so this only guards future migrations.
 */
export function configureSqlite(sqlite: SQLite.Database): void {
  // First, so that switching to WAL already waits for another process's lock.
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
}

/**
 * Transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE), not at their
 * first write. With several processes on one file, a plain BEGIN that reads and then
 * writes fails at once with SQLITE_BUSY when another process committed in between
 * (its snapshot is stale, so busy_timeout cannot help); found by crash.test.ts with
 * HEADWAY_WORKERS=2. Taking the lock first makes the writer wait its turn instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #sqlite: SQLite.Database

  constructor(config: SqliteDialectConfig & { database: SQLite.Database }) {
    super(config)
    this.#sqlite = config.database
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  /**
   * SQLite rolls a transaction back by itself on SQLITE_FULL, SQLITE_IOERR and the like;
   * a second ROLLBACK would fail ("no transaction is active") and that error would hide
   * the real one (a full disk answered 500, not 503; found by data-dir.test.ts).
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#sqlite.inTransaction) await super.rollbackTransaction(connection)
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig & { database: SQLite.Database }
  constructor(config: SqliteDialectConfig & { database: SQLite.Database }) {
    super(config)
    this.#config = config
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
  }
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
  if (error) outcome.error = explainSqliteError(error, sqliteFolders.get(db))
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

/** SQLite out of room: a full disk, or a write past the process's file-size limit. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC'
}

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

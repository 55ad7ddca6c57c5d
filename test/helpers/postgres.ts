import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { freePort } from './net.js'

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, start it
 * on a free loopback port with its unix socket in that folder, hand out fresh
 * databases, and stop and remove everything at the end. As root the binaries run as
 * the `postgres` user (initdb refuses root).
 */

const run = promisify(execFile)
export const PG_BIN = process.env.HEADWAY_PG_BIN ?? '/usr/lib/postgresql/15/bin'

/** Skip PostgreSQL only when its binaries are absent and nobody demanded it. */
export function postgresAvailability(): 'run' | 'skip' {
  const present = existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'))
  if (present) return 'run'
  if (process.env.CI || process.env.HEADWAY_REQUIRE_POSTGRES) {
    throw new Error(
      `PostgreSQL is required (CI or HEADWAY_REQUIRE_POSTGRES) but ${PG_BIN} has no initdb`,
    )
  }
  return 'skip'
}

/** Dialects to test, filtered by env DIALECTS=sqlite,postgres. */
export function testDialects(): ('sqlite' | 'postgres')[] {
  const wanted = (process.env.DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim())
  const all: ('sqlite' | 'postgres')[] = ['sqlite', 'postgres']
  return all.filter(
    (d) => wanted.includes(d) && (d === 'sqlite' || postgresAvailability() === 'run'),
  )
}

export interface PostgresCluster {
  port: number
  /** Stop the server (fast shutdown), keeping its data, to test outages. */
  pause(): Promise<void>
  /** Start it again after pause(). */
  resume(): Promise<void>
  /** A new empty database; returns its postgres:// URL. */
  createDatabase(): Promise<string>
  stop(): Promise<void>
}

/**
 * A throw-away PostgreSQL cluster on loopback. Tests run it without fsync (their data
 * needs to survive only the test); `durable` keeps PostgreSQL's defaults, for benchmarks.
 */
export async function startPostgres(setup: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'headway-pg-'))
  const data = join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  let uid = 0
  let gid = 0
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: g } = await run('id', ['-g', 'postgres'])
    uid = Number(stdout.trim())
    gid = Number(g.trim())
    await chown(dir, uid, gid)
    await chmod(dir, 0o700)
  }
  const pgRun = (bin: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args])
      : run(join(PG_BIN, bin), args)
  await pgRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
  const port = await freePort()
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    ...(setup.durable
      ? []
      : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ')
  const start = () =>
    pgRun('pg_ctl', ['-D', data, '-o', options, '-w', '-t', '60', '-l', join(dir, 'log'), 'start'])
  await start()
  let admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' })
  admin.on('error', () => undefined)
  await admin.connect()
  let stopped = false
  return {
    port,
    async pause() {
      await admin.end().catch(() => undefined)
      await pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
    },
    async resume() {
      await start()
      admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' })
      admin.on('error', () => undefined)
      await admin.connect()
    },
    async createDatabase() {
      const name = `headway_${randomBytes(6).toString('hex')}`
      await admin.query(`CREATE DATABASE ${name}`)
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
    async stop() {
      if (stopped) return
      stopped = true
      await admin.end().catch(() => undefined)
      await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

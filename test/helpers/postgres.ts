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
 * Throwaway PostgreSQL clusters for tests: initdb into a temporary folder, start it
 * on a free loopback port with its unix socket in that folder, hand out fresh
 * databases, and stop and remove everything at the end. As root the binaries run as
 * the `postgres` user (initdb refuses root).
 * A test run shares one cluster (shared-postgres.ts); a file that stops or pauses
 * its server (outage.test.ts) starts its own here.
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

/** Run a PostgreSQL binary, as the `postgres` user when we are root. */
async function pgRun(bin: string, args: string[]) {
  return process.getuid?.() === 0
    ? run('runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args])
    : run(join(PG_BIN, bin), args)
}

/** Databases on a running cluster. */
export interface PostgresDatabases {
  port: number
  /** A new empty database; returns its postgres:// URL. */
  createDatabase(): Promise<string>
  /** Drop what this handle made (a private cluster is stopped and removed too). */
  stop(): Promise<void>
}

export interface PostgresCluster extends PostgresDatabases {
  /** Stop the server (fast shutdown), keeping its data, to test outages. */
  pause(): Promise<void>
  /** Start it again after pause(). */
  resume(): Promise<void>
}

interface ClusterSetup {
  /** Keep PostgreSQL's fsync defaults (benchmarks); tests run without. */
  durable?: boolean
  /** Put the cluster in this (new) folder instead of a fresh temporary one. */
  dir?: string
  maxConnections?: number
}

/** initdb and start a cluster in `dir`; returns its port. */
export async function createCluster(
  dir: string,
  setup: ClusterSetup,
): Promise<{ port: number; start(): Promise<unknown> }> {
  const data = join(dir, 'data')
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: g } = await run('id', ['-g', 'postgres'])
    await chown(dir, Number(stdout.trim()), Number(g.trim()))
    await chmod(dir, 0o700)
  }
  await pgRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
  const port = await freePort()
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    ...(setup.maxConnections ? [`-c max_connections=${setup.maxConnections}`] : []),
    ...(setup.durable
      ? []
      : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ')
  const start = () =>
    pgRun('pg_ctl', ['-D', data, '-o', options, '-w', '-t', '60', '-l', join(dir, 'log'), 'start'])
  await start()
  return { port, start }
}

/** Stop the cluster in `dir` at once and remove the folder. */
export async function removeCluster(dir: string): Promise<void> {
  await pgRun('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']).catch(
    () => undefined,
  )
  await rm(dir, { recursive: true, force: true })
}

export async function adminClient(port: number): Promise<pg.Client> {
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' })
  admin.on('error', () => undefined)
  await admin.connect()
  return admin
}

/** A throw-away PostgreSQL cluster on loopback, this caller's alone. */
export async function startPostgres(setup: ClusterSetup = {}): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'headway-pg-'))
  const { port, start } = await createCluster(dir, setup)
  const data = join(dir, 'data')
  let admin = await adminClient(port)
  let stopped = false
  return {
    port,
    async pause() {
      await admin.end().catch(() => undefined)
      await pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
    },
    async resume() {
      await start()
      admin = await adminClient(port)
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
      await removeCluster(dir)
    },
  }
}

/** Where the cluster a test run shares records its port and folder (shared-postgres.ts). */
export const sharedClusterFile = (runDir: string) => join(runDir, 'postgres.json')

import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { inject } from 'vitest'
import { acquireFolderLock } from './folder-lock.js'
import {
  adminClient,
  createCluster,
  type PostgresDatabases,
  sharedClusterFile,
  startPostgres,
} from './postgres.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder of this test run (vitest globalSetup) where the shared cluster lives. */
    headwayRunDir: string
  }
}

/**
 * This run's shared cluster, started by the first file that asks (under a lock, so
 * parallel files wait for it rather than start their own); databases made through
 * the handle are dropped by its stop(). The cluster is left running for the other
 * files; vitest's global teardown (test/helpers/global-setup.ts) removes it.
 * Outside a vitest run with that setup, a private cluster stands in.
 */
export async function sharedPostgres(): Promise<PostgresDatabases> {
  const runDir = inject('headwayRunDir')
  if (!runDir) return startPostgres()
  const file = sharedClusterFile(runDir)
  let port: number
  const release = acquireFolderLock(join(runDir, 'postgres.lock'))
  try {
    if (existsSync(file)) {
      port = (JSON.parse(readFileSync(file, 'utf8')) as { port: number }).port
    } else {
      const dir = join(runDir, 'postgres')
      await mkdir(dir)
      // Every file of the run connects here at once (pools, server workers).
      port = (await createCluster(dir, { maxConnections: 400 })).port
      writeFileSync(file, JSON.stringify({ port, dir }))
    }
  } finally {
    release()
  }
  const admin = await adminClient(port)
  const made: string[] = []
  return {
    port,
    async createDatabase() {
      const name = `headway_${randomBytes(6).toString('hex')}`
      await admin.query(`CREATE DATABASE ${name}`)
      made.push(name)
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
    async stop() {
      for (const name of made.splice(0))
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined)
      await admin.end().catch(() => undefined)
    },
  }
}

import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { removeCluster, sharedClusterFile } from './postgres.js'

/**
 * Once per `vitest run`: a folder for what the test files share (the PostgreSQL
 * cluster, started by the first file that needs one), removed with all it holds
 * at the end.
 */
let runDir = ''

export function setup(project: TestProject): void {
  runDir = mkdtempSync(join(tmpdir(), 'headway-run-'))
  // The postgres user must reach the cluster's folder inside.
  chmodSync(runDir, 0o755)
  project.provide('headwayRunDir', runDir)
}

export async function teardown(): Promise<void> {
  const file = sharedClusterFile(runDir)
  if (existsSync(file)) {
    const { dir } = JSON.parse(readFileSync(file, 'utf8')) as { dir: string }
    await removeCluster(dir)
  }
  rmSync(runDir, { recursive: true, force: true })
}

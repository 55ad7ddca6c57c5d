import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
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

const PREFIX = 'headway-run-'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stop and remove what this run left in `dir`: its cluster, then the folder. */
async function removeRun(dir: string): Promise<void> {
  const file = sharedClusterFile(dir)
  if (existsSync(file)) {
    const { dir: cluster } = JSON.parse(readFileSync(file, 'utf8')) as { dir: string }
    await removeCluster(cluster)
  }
  rmSync(dir, { recursive: true, force: true })
}

export async function setup(project: TestProject): Promise<void> {
  // A run that was killed never reached its teardown: its cluster would run on.
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const owner = join(tmpdir(), name, 'owner.pid')
    if (existsSync(owner) && !alive(Number(readFileSync(owner, 'utf8'))))
      await removeRun(join(tmpdir(), name))
  }
  runDir = mkdtempSync(join(tmpdir(), PREFIX))
  writeFileSync(join(runDir, 'owner.pid'), String(process.pid))
  // The postgres user must reach the cluster's folder inside.
  chmodSync(runDir, 0o755)
  project.provide('headwayRunDir', runDir)
}

export async function teardown(): Promise<void> {
  await removeRun(runDir)
}

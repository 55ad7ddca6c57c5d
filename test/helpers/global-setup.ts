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
import { stopSharedBrowser } from './shared-browser.js'

/**
 * Once per `vitest run`: a folder for what the test files share (the PostgreSQL
 * cluster and the browser, each started by the first file that needs one), removed with all it holds
 * at the end.
 */
const PREFIX = 'headway-run-'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stop and remove what this run left in `dir`: its cluster and browser, then the folder. */
async function removeRun(dir: string): Promise<void> {
  const file = sharedClusterFile(dir)
  if (existsSync(file)) {
    const { dir: cluster } = JSON.parse(readFileSync(file, 'utf8')) as { dir: string }
    await removeCluster(cluster)
  }
  await stopSharedBrowser(dir)
  rmSync(dir, { recursive: true, force: true })
}

/**
 * The run's folder and how many projects use it: each project that lists this setup
 * runs it (integration and server), possibly from its own copy of this module, and
 * they must share one folder, so one cluster and one browser.
 */
interface Shared {
  dir: Promise<string>
  users: number
}
const SHARED = Symbol.for('headway.test-run')
const registry = globalThis as { [SHARED]?: Shared }

/** Clear what killed runs left, then make this run's folder. */
async function makeRunDir(): Promise<string> {
  // A run that was killed never reached its teardown: its cluster would run on.
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const owner = join(tmpdir(), name, 'owner.pid')
    if (existsSync(owner) && !alive(Number(readFileSync(owner, 'utf8'))))
      await removeRun(join(tmpdir(), name))
  }
  const dir = mkdtempSync(join(tmpdir(), PREFIX))
  writeFileSync(join(dir, 'owner.pid'), String(process.pid))
  // The postgres user must reach the cluster's folder inside.
  chmodSync(dir, 0o755)
  return dir
}

export async function setup(project: TestProject): Promise<void> {
  // Registered before any await: the projects' setups run at the same time.
  let shared = registry[SHARED]
  if (shared) shared.users++
  else shared = registry[SHARED] = { dir: makeRunDir(), users: 1 }
  project.provide('headwayRunDir', await shared.dir)
}

export async function teardown(): Promise<void> {
  const shared = registry[SHARED]
  if (!shared || --shared.users > 0) return
  delete registry[SHARED]
  await removeRun(await shared.dir)
}

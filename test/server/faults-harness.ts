import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCli } from '../../scripts/build-cli.js'
import { acquireFolderLock } from '../helpers/folder-lock.js'
import { freePort } from '../helpers/net.js'
import { readableCopy } from '../helpers/readable-copy.js'

/**
 * The built `headway serve` as a real process for the fault tests: built once into a
 * private folder, started detached in its own process group (so SIGKILL of the group
 * takes the primary and any workers at once), watched until it answers health.
 */

const root = fileURLToPath(new URL('../../', import.meta.url))
const out = join(root, 'test-artifacts/faults/dist')
export const bin = join(out, 'cli/bin.js')

/** Build the CLI (both fault suites share it; a lock folder keeps them from building at once). */
export async function buildFaultsCli(): Promise<void> {
  const release = acquireFolderLock(join(tmpdir(), 'headway-faults-build.lock'))
  try {
    await buildCli(out)
  } finally {
    release()
  }
  if (!existsSync(bin)) throw new Error(`the CLI was not built into ${out}`)
}

export interface ServeProcess {
  child: ChildProcess
  pid: number
  url: string
  stdout(): string
  stderr(): string
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>
}

export interface ServeOptions {
  env: Record<string, string>
  port?: number
  /** `ulimit -f` in 1024-byte blocks: writes past it fail with EFBIG (Node ignores SIGXFSZ). */
  fileBlocks?: number
  /**
   * Run as this uid/gid (root is not stopped by file permissions; another user is),
   * from `bin`, a copy of the CLI that user can read (readableCli): the checkout may
   * sit in a folder only its owner can enter.
   */
  user?: { uid: number; gid: number; bin: string }
  /** Another build's bin.js than the fault tests' own. */
  bin?: string
  /** Options for node before the script (`--import` a module trace, say). */
  nodeArgs?: string[]
}

/**
 * The built CLI copied where other users can read it, with the packages it loads
 * (call after buildFaultsCli; remove `dir` when done).
 */
export function readableCli(): { dir: string; bin: string } {
  const copy = readableCopy([relative(root, out)])
  return { dir: copy.dir, bin: copy.path(bin) }
}

/** Start `headway serve` detached (its own process group); does not wait for it. */
export async function spawnServe(options: ServeOptions): Promise<ServeProcess> {
  const port = options.port ?? (await freePort())
  const args = [
    ...(options.nodeArgs ?? []),
    options.user?.bin ?? options.bin ?? bin,
    'serve',
    '--port',
    String(port),
  ]
  const [command, argv] =
    options.fileBlocks === undefined
      ? [process.execPath, args]
      : [
          'bash',
          ['-c', `ulimit -S -f ${options.fileBlocks} && exec "$0" "$@"`, process.execPath, ...args],
        ]
  const child = spawn(command, argv, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir(), ...options.env },
    ...(options.user
      ? { uid: options.user.uid, gid: options.user.gid, cwd: dirname(options.user.bin) }
      : {}),
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d) => {
    stdout += String(d)
  })
  child.stderr?.on('data', (d) => {
    stderr += String(d)
  })
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  if (child.pid === undefined) throw new Error(`could not start ${command}`)
  return {
    child,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
  }
}

/** Wait until the server answers /api/health 200; fails if it exits first or takes over `ms`. */
export async function waitHealthy(serve: ServeProcess, ms = 20_000): Promise<void> {
  let exited = false
  void serve.exited.then(() => {
    exited = true
  })
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`headway serve exited before answering:\n${serve.stdout()}${serve.stderr()}`)
    }
    try {
      const res = await fetch(`${serve.url}/api/health`)
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`headway serve did not answer in ${ms} ms:\n${serve.stdout()}${serve.stderr()}`)
}

/** True while any process of the group `pgid` is alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGKILL the whole process group and wait until none of it is left. */
export async function killGroup(serve: ServeProcess): Promise<void> {
  try {
    process.kill(-serve.pid, 'SIGKILL')
  } catch {
    // already gone
  }
  await serve.exited
  for (let i = 0; i < 200 && groupAlive(serve.pid); i++) await new Promise((r) => setTimeout(r, 10))
  if (groupAlive(serve.pid)) throw new Error(`process group ${serve.pid} survived SIGKILL`)
}

/** Stop politely (SIGTERM to the group), then hard after `ms`. */
export async function stopGroup(serve: ServeProcess, ms = 5000): Promise<void> {
  if (!groupAlive(serve.pid)) return
  try {
    process.kill(-serve.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    if (groupAlive(serve.pid)) process.kill(-serve.pid, 'SIGKILL')
  }, ms)
  await serve.exited
  clearTimeout(timer)
  for (let i = 0; i < 200 && groupAlive(serve.pid); i++) await new Promise((r) => setTimeout(r, 10))
}

/** A seeded PRNG, so a failing round can be replayed with its seed. */
export { prng as random } from '../../bench/generate.js'

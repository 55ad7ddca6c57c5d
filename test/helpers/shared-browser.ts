import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'
import { acquireFolderLock } from './folder-lock.js'

const ROOT = join(import.meta.dirname, '../..')

/** Where a test run's shared browser records its process and address. */
export function sharedBrowserFile(runDir: string): string {
  return join(runDir, 'browser.json')
}

/**
 * The address of this run's shared Chromium, started by the first file that asks
 * (under a lock, as the shared PostgreSQL cluster is): a browser per run instead of
 * one per file, each file in contexts of its own (cookies, storage), which it closes
 * when it disconnects. The browser outlives the file that started it; vitest's
 * global teardown (test/helpers/global-setup.ts) stops it. Undefined outside a
 * vitest run with that setup: the caller launches a browser of its own.
 */
export async function sharedBrowser(
  chromiumPath: string,
  args: readonly string[],
): Promise<string | undefined> {
  const runDir = inject('headwayRunDir')
  if (!runDir) return undefined
  const file = sharedBrowserFile(runDir)
  const release = acquireFolderLock(join(runDir, 'browser.lock'))
  try {
    if (!existsSync(file)) {
      // Its messages go to a file: a pipe would die with the file that started it.
      const log = join(runDir, 'browser.log')
      const fd = openSync(log, 'a')
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'test/helpers/browser-server.ts'),
          file,
          chromiumPath,
          ...args,
        ],
        { cwd: ROOT, detached: true, stdio: ['ignore', fd, fd] },
      )
      closeSync(fd)
      let exited = false
      child.once('exit', () => {
        exited = true
      })
      const said = () => readFileSync(log, 'utf8')
      const deadline = Date.now() + 60_000
      while (!existsSync(file)) {
        if (exited) throw new Error(`the shared browser did not start:\n${said()}`)
        if (Date.now() > deadline) throw new Error(`the shared browser took over 60 s:\n${said()}`)
        await new Promise((r) => setTimeout(r, 25))
      }
      child.unref()
    }
    return (JSON.parse(readFileSync(file, 'utf8')) as { wsEndpoint: string }).wsEndpoint
  } finally {
    release()
  }
}

/** Stop the shared browser a run left in `runDir`, if any (global teardown). */
export async function stopSharedBrowser(runDir: string): Promise<void> {
  const file = sharedBrowserFile(runDir)
  if (!existsSync(file)) return
  const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number }
  const alive = () => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  try {
    process.kill(pid, 'SIGTERM')
  } catch {
    return
  }
  for (let i = 0; i < 200 && alive(); i++) await new Promise((r) => setTimeout(r, 25))
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // gone meanwhile
    }
  }
}

import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Take a lock shared by test files running in parallel workers: a folder, made
 * atomically with mkdir. A lock older than two minutes is from a dead run and is
 * taken over; after three minutes of waiting the caller gets an error. Returns
 * the release function.
 */
export function acquireFolderLock(path: string): () => void {
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      mkdirSync(path)
      return () => rmSync(path, { recursive: true, force: true })
    } catch {
      if (existsSync(path) && Date.now() - statSync(path).mtimeMs > 120_000) {
        rmSync(path, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`lock ${path} held for 3 minutes`)
      sleep(250)
    }
  }
}

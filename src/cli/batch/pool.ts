import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { Worker } from 'node:worker_threads'
import { processLine, type WorkItem, type WorkResult } from './protocol.js'

/** Runs chunks of input lines through the engine, on worker threads or in this thread. */
export interface Pool {
  readonly size: number
  readonly threaded: boolean
  run(items: WorkItem[]): Promise<WorkResult[]>
  /** Lines each worker has processed so far (the proof that every core took work). */
  perWorker(): number[]
  close(): Promise<void>
}

interface Pending {
  resolve(results: WorkResult[]): void
  reject(error: Error): void
  size: number
}

/**
 * Start a worker on `script`, or else on the entry beside this module: worker.js
 * when running the build (dist/), worker.ts under tsx or vitest. (The startup
 * snapshot passes the script: its bundle has no module URL.) Workers do not inherit
 * the parent's loader, so the .ts entry goes through a bootstrap that registers tsx
 * first (`--import tsx` in execArgv does not reach a worker's entry on Node 20).
 */
function startWorker(Thread: typeof Worker, script: URL | undefined): Worker {
  // (the snapshot's V8 flags are not a worker's to take)
  if (script) return new Thread(script, { execArgv: [] })
  const here = import.meta.url
  if (here.endsWith('.js')) return new Thread(new URL('./worker.js', here))
  const tsxPackage = pathToFileURL(createRequire(here).resolve('tsx/package.json'))
  const tsxApi = new URL('./dist/esm/api/index.mjs', tsxPackage).href
  const entry = new URL('./worker.ts', here).href
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return new Thread(bootstrap, { eval: true })
}

/** Critique in this thread: for --workers 1, where a thread would only add start-up and copying. */
function inProcessPool(): Pool {
  let done = 0
  return {
    size: 1,
    threaded: false,
    async run(items) {
      done += items.length
      return items.map(processLine)
    },
    perWorker: () => [done],
    async close() {},
  }
}

/**
 * node:worker_threads is loaded here, when threads are wanted, not with this module:
 * loaded into the startup snapshot's heap, its shared state does not survive and a
 * worker then fails on its first `process.cwd()` (Node 20).
 */
async function threadPool(size: number, script: URL | undefined): Promise<Pool> {
  const { Worker: Thread } = await import('node:worker_threads')
  const workers = Array.from({ length: size }, () => ({
    thread: startWorker(Thread, script),
    pending: new Map<number, Pending>(),
    done: 0,
  }))
  let nextId = 0
  let failure: Error | null = null
  for (const w of workers) {
    w.thread.on('message', (msg: { id: number; results: WorkResult[] }) => {
      const p = w.pending.get(msg.id)
      w.pending.delete(msg.id)
      w.done += msg.results.length
      p?.resolve(msg.results)
    })
    const fail = (error: Error) => {
      failure ??= error
      for (const p of w.pending.values()) p.reject(error)
      w.pending.clear()
    }
    w.thread.on('error', (error) => fail(new Error(`a batch worker failed: ${error.message}`)))
    w.thread.on('exit', (code) => {
      if (w.pending.size > 0) fail(new Error(`a batch worker stopped (exit code ${code})`))
    })
  }
  const load = (w: (typeof workers)[number]) =>
    [...w.pending.values()].reduce((sum, p) => sum + p.size, 0)
  return {
    size,
    threaded: true,
    run(items) {
      if (failure) return Promise.reject(failure)
      // Least-loaded worker: chunks differ in length, so count items, not chunks.
      const w = workers.reduce((a, b) => (load(b) < load(a) ? b : a))
      const id = nextId++
      return new Promise((resolve, reject) => {
        w.pending.set(id, { resolve, reject, size: items.length })
        w.thread.postMessage({ id, items })
      })
    },
    perWorker: () => workers.map((w) => w.done),
    async close() {
      await Promise.all(workers.map((w) => w.thread.terminate()))
    },
  }
}

/** A pool of `size` workers (on `script`, see startWorker); one worker runs in-process. */
export async function createPool(size: number, script?: URL): Promise<Pool> {
  return size <= 1 ? inProcessPool() : threadPool(size, script)
}

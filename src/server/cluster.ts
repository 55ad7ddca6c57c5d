import cluster, { type Worker } from 'node:cluster'
import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { prepareDatabase, type ServerSettings, SettingsError } from './main.js'

/**
 * Several processes serving one port (node:cluster), so a server uses every core:
 * the critique is CPU work, and one Node thread would leave the other cores idle.
 * Whole processes rather than worker threads for the critique alone, because the
 * HTTP parsing, JSON and database driver cost as much per request as the analysis.
 * Nothing is kept in memory between requests (sessions and log-in failures are in
 * the database), so any process can answer any request.
 */

/** What a worker tells the primary once it listens, or why it could not. */
export type WorkerMessage = { type: 'listening'; url: string } | { type: 'failed'; message: string }

/** What the primary hands each worker (JSON in one environment variable). */
export interface WorkerSettings {
  settings: ServerSettings
  localCsrfToken: string
}

export const WORKER_SETTINGS_ENV = 'HEADWAY_CLUSTER_SETTINGS'

export interface RunningCluster {
  url: string
  location: string
  /** Current worker process ids (they change when one is replaced). */
  pids(): number[]
  close(): Promise<void>
}

/** A worker that dies this soon after starting is not replaced: it would only die again. */
const MIN_UPTIME_MS = 2_000

/**
 * The young generation's semi-space, in MB (V8's default is 16 on 64-bit). A critique
 * allocates a few hundred KB of short-lived objects; with the default, scavenges ran
 * often enough to be ~5% of a worker's CPU under load, and a larger nursery cut that
 * by a third to a half (bench/probe-api.ts profiles). It costs at most this much
 * resident memory twice over per worker, and only under load. A semi-space size given
 * in NODE_OPTIONS or on node's command line wins.
 */
export const WORKER_SEMI_SPACE_MB = 64

function workerEntry(): { exec: string; execArgv: string[] } {
  const url = new URL(
    import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
    import.meta.url,
  )
  // From source (tests, tsx), the worker needs the same TypeScript loader.
  const execArgv = url.pathname.endsWith('.ts') ? ['--import', 'tsx'] : []
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ')
  if (!/--max[-_]semi[-_]space[-_]size/.test(given)) {
    execArgv.push(`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`)
  }
  return { exec: fileURLToPath(url), execArgv }
}

function waitForListening(worker: Worker): Promise<string> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'listening') done(() => resolve(message.url))
      if (message.type === 'failed') done(() => reject(new SettingsError(message.message)))
    }
    const onExit = (code: number | null, signal: string | null) =>
      done(() =>
        reject(new SettingsError(`a server process stopped while starting (${signal ?? code})`)),
      )
    const done = (settle: () => void) => {
      worker.off('message', onMessage)
      worker.off('exit', onExit)
      settle()
    }
    worker.on('message', onMessage)
    worker.on('exit', onExit)
  })
}

/**
 * Migrate once, then start `settings.workers` processes on one port. A worker that
 * dies later (a crash, the OOM killer) is replaced and the others keep serving.
 */
export async function startCluster(
  settings: ServerSettings,
  log: (line: string) => void,
): Promise<RunningCluster> {
  if (!cluster.isPrimary) throw new Error('startCluster runs in the primary process only')
  const location = await prepareDatabase(settings)
  const handoff: WorkerSettings = { settings, localCsrfToken: randomUUID() }
  const env = { [WORKER_SETTINGS_ENV]: JSON.stringify(handoff) }
  cluster.setupPrimary({ ...workerEntry(), args: [], silent: false })

  let stopping = false
  const started = new Map<Worker, number>()
  const fork = () => {
    const worker = cluster.fork(env)
    started.set(worker, Date.now())
    worker.on('exit', (code, signal) => {
      const uptime = Date.now() - (started.get(worker) ?? 0)
      started.delete(worker)
      if (stopping) return
      if (uptime < MIN_UPTIME_MS) {
        log(`a server process stopped ${signal ?? `with code ${code}`} right after starting`)
        return
      }
      log(`a server process stopped (${signal ?? `code ${code}`}): starting another`)
      fork()
    })
    return worker
  }

  const workers = Array.from({ length: settings.workers }, fork)
  let url: string
  try {
    const urls = await Promise.all(workers.map(waitForListening))
    url = urls[0] ?? ''
  } catch (error) {
    stopping = true
    for (const worker of workers) worker.process.kill('SIGKILL')
    throw error
  }

  return {
    url,
    location,
    pids: () => [...started.keys()].flatMap((w) => (w.process.pid ? [w.process.pid] : [])),
    async close() {
      stopping = true
      await Promise.all(
        [...started.keys()].map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve()
              worker.once('exit', () => resolve())
              worker.process.kill('SIGTERM')
            }),
        ),
      )
    },
  }
}

import { WORKER_SETTINGS_ENV, type WorkerMessage, type WorkerSettings } from './cluster.js'
import { startServer } from './main.js'

/** One process of a cluster (cluster.ts): serve on the shared port until told to stop. */

const send = (message: WorkerMessage) => process.send?.(message)
const { settings, localCsrfToken } = JSON.parse(
  process.env[WORKER_SETTINGS_ENV] ?? 'null',
) as WorkerSettings

startServer(settings, {
  prepared: true,
  localCsrfToken,
  log: (line) => process.stderr.write(`${line}\n`),
}).then(
  (running) => {
    send({ type: 'listening', url: running.url })
    const stop = () => {
      void running.close().finally(() => process.exit(0))
    }
    process.once('SIGTERM', stop)
    // The primary handles Ctrl-C for the group; a worker must not die of it mid-request.
    process.on('SIGINT', () => undefined)
  },
  (error: unknown) => {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
    process.exit(2)
  },
)

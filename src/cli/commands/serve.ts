import { startCluster } from '../../server/cluster.js'
import { readSettings, SettingsError, startServer } from '../../server/main.js'
import type { Command } from '../command.js'
import type { CommandIO } from '../io.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway serve [--port N]

Start the web app and the HTTP API (docs/api.md).

Options:
  --port N   port to listen on (default: PORT, else 4317)

Environment:
  HEADWAY_MODE          local (default: one person, no log-in, 127.0.0.1 only) or server (accounts)
  HEADWAY_HOST          address to bind in server mode (default 127.0.0.1)
  HEADWAY_DATA_DIR      folder of the SQLite database (default $XDG_DATA_HOME/headway or ~/.local/share/headway)
  HEADWAY_DATABASE_URL  postgres://... to use PostgreSQL instead
  HEADWAY_WORKERS       processes serving requests (default: 1 in local mode, one per core in server mode)
  HEADWAY_SECURE_COOKIES=true behind HTTPS; HEADWAY_TRUST_PROXY=true behind a reverse proxy on
  this machine, HEADWAY_TRUSTED_PROXIES=10.0.1.5,10.0.2.0/24 behind proxies elsewhere (docs/DEPLOY.md)`

function parsePort(argv: string[]): number | undefined {
  let port: number | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const value = arg === '--port' ? argv[++i] : arg.startsWith('--port=') ? arg.slice(7) : null
    if (value === null) throw new UsageError(`unknown option '${arg}'`)
    if (value === undefined || !/^\d+$/.test(value) || Number(value) > 65535) {
      throw new UsageError(`--port needs a whole number from 0 to 65535, not '${value ?? ''}'`)
    }
    port = Number(value)
  }
  return port
}

/** Run until SIGINT or SIGTERM (or `signal` aborts, for tests). */
export async function runServe(
  argv: string[],
  io: CommandIO,
  signal?: AbortSignal,
): Promise<number> {
  const port = parsePort(argv)
  let running: { url: string; close(): Promise<void> }
  try {
    const settings = readSettings(io.env, port === undefined ? {} : { port })
    const log = (line: string) => io.stderr.write(`${line}\n`)
    let where: string
    if (settings.workers > 1) {
      const cluster = await startCluster(settings, log)
      running = cluster
      where = `${settings.databaseUrl ? 'postgres' : 'sqlite'}: ${cluster.location}, ${settings.workers} processes`
    } else {
      const single = await startServer(settings, { log })
      running = single
      where = `${single.store.dialect}: ${single.store.location}`
    }
    io.stdout.write(
      `headway listening on ${running.url} (${settings.config.mode} mode, ${where})\n`,
    )
    if (!settings.config.webDir) {
      io.stdout.write('The web app is not built (web/dist): only the API is served.\n')
    }
  } catch (error) {
    if (error instanceof SettingsError) throw new UsageError(error.message)
    throw error
  }
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    signal?.addEventListener('abort', stop, { once: true })
  })
  await running.close()
  return 0
}

export const serveCommand: Command = {
  usage,
  run: (argv, io) => runServe(argv, io),
}

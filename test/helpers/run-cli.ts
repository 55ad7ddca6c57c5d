import { PassThrough, Readable } from 'node:stream'
import { main } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Run the headway CLI in this process with in-memory streams, as a terminal would. */
export async function runCli(
  argv: string[],
  {
    stdin = '',
    cwd = process.cwd(),
    env = {},
  }: { stdin?: string; cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (c) => {
    out += String(c)
  })
  stderr.on('data', (c) => {
    err += String(c)
  })
  const code = await main(argv, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout,
    stderr,
    cwd,
    env,
  })
  return { code, out, err }
}

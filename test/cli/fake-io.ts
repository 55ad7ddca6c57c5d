import { PassThrough, Readable } from 'node:stream'
import type { CommandIO } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

class Sink extends PassThrough {
  text = ''
  isTTY: boolean
  columns = 100
  constructor(tty: boolean) {
    super()
    this.isTTY = tty
    this.on('data', (chunk: Buffer) => {
      this.text += chunk.toString('utf8')
    })
  }
}

/** Run the CLI in-process with fake streams; stdin is the given bytes, or a TTY when omitted. */
export async function runCli(
  argv: string[],
  options: {
    stdin?: string | Uint8Array
    cwd?: string
    tty?: boolean
    env?: Record<string, string>
  } = {},
): Promise<RunResult> {
  const stdin =
    options.stdin === undefined
      ? Object.assign(Readable.from([]), { isTTY: true })
      : Readable.from([Buffer.from(options.stdin)])
  const stdout = new Sink(options.tty ?? false)
  const stderr = new Sink(options.tty ?? false)
  const io: CommandIO = {
    stdin,
    stdout,
    stderr,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  }
  const code = await main(argv, io)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

import type { Readable, Writable } from 'node:stream'

/** The streams a command talks through, injected so tests can run commands in-process. */
export interface CommandIO {
  stdin: Readable & { isTTY?: boolean }
  stdout: Writable & { isTTY?: boolean; columns?: number }
  stderr: Writable & { isTTY?: boolean; columns?: number }
  cwd: string
  env: Record<string, string | undefined>
}

export function processIO(): CommandIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  }
}

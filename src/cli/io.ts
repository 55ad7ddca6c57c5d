import type { Readable, Writable } from 'node:stream'
import { z } from 'zod'
import { UsageError } from './usage-error.js'

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

/** Today's ISO date: HEADWAY_TODAY (for tests and reproducible runs) or the clock. */
export function todayOf(io: CommandIO): string {
  const fixed = io.env.HEADWAY_TODAY
  if (fixed !== undefined) {
    if (!z.iso.date().safeParse(fixed).success)
      throw new UsageError(`HEADWAY_TODAY must be a date like 2026-11-25, not '${fixed}'`)
    return fixed
  }
  return new Date().toISOString().slice(0, 10)
}

import type { Readable, Writable } from 'node:stream'
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

/**
 * A real calendar date written YYYY-MM-DD (no 2026-02-30). Checked without zod: this
 * module is on every command's path, and zod alone is a fifth of `headway --help`.
 */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** Today's ISO date: HEADWAY_TODAY (for tests and reproducible runs) or the clock. */
export function todayOf(io: CommandIO): string {
  const fixed = io.env.HEADWAY_TODAY
  if (fixed !== undefined) {
    if (!isIsoDate(fixed))
      throw new UsageError(`HEADWAY_TODAY must be a date like 2026-11-25, not '${fixed}'`)
    return fixed
  }
  return new Date().toISOString().slice(0, 10)
}

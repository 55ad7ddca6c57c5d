import type { Command } from './command.js'
import type { CommandIO } from './io.js'
import { UsageError } from './usage-error.js'

/**
 * Run one loaded command: its --help, then its work, with the exit codes of
 * `main` (2 for a UsageError, 1 for any other failure, no stack trace). Shared
 * by `main` and the analyze startup snapshot, so both paths answer alike.
 */
export async function runCommand(
  name: string,
  command: Command,
  rest: string[],
  io: CommandIO,
): Promise<number> {
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`)
    return 0
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`headway ${name}: ${message}\n`)
    return error instanceof UsageError ? 2 : 1
  }
}

/** Set the process's exit code from a run; a failure outside any command still exits 1, briefly. */
export function settle(run: Promise<number>): void {
  run.then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`headway: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
}

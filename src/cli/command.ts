import type { CommandIO } from './io.js'

/** A subcommand: parses its own argv, returns the exit code. */
export interface Command {
  usage: string
  run(argv: string[], io: CommandIO): Promise<number>
}

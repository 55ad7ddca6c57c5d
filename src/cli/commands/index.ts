import type { CommandIO } from '../io.js'
import { alignCommand } from './align.js'
import { analyzeCommand } from './analyze.js'
import { batchCommand } from './batch.js'
import { companyCommand } from './company.js'
import { draftCommand } from './draft.js'
import { goalsCommand } from './goals.js'
import { serveCommand } from './serve.js'

/** A subcommand: parses its own argv, returns the exit code. */
export interface Command {
  name: string
  summary: string
  usage: string
  run(argv: string[], io: CommandIO): Promise<number>
}

/** The registry of subcommands. Each lives in its own file in this folder. */
export const commands: Command[] = [
  analyzeCommand,
  batchCommand,
  companyCommand,
  serveCommand,
  draftCommand,
  goalsCommand,
  alignCommand,
]

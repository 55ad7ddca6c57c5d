import { commands } from './commands/index.js'
import { type CommandIO, processIO } from './io.js'
import { runCommand } from './run.js'

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'headway: prepare, practise and prove your answer to "What are your career goals?"',
    '',
    'Usage: headway <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `headway <command> --help` for the options of one command.',
  ].join('\n')
}

/**
 * Run the CLI. Exit codes: 0 ok, 1 a failure of the work itself (a fetch that
 * failed, a batch with no valid line), 2 a usage error (bad flag, unreadable or
 * invalid input). No stack trace reaches the user.
 */
export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${help()}\n`)
    return name ? 0 : 2
  }
  if (name === '--version') {
    io.stdout.write('headway 0.1.0\n')
    return 0
  }
  const entry = commands.find((c) => c.name === name)
  if (!entry) {
    io.stderr.write(`headway: unknown command '${name}'\n\n${help()}\n`)
    return 2
  }
  return runCommand(name, await entry.load(), rest, io)
}

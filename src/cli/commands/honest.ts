import { parseArgs } from 'node:util'
import { honestVersion } from '../../core/compose/honest.js'
import type { Command } from '../command.js'
import type { CommandIO } from '../io.js'
import { readAnswer } from '../read-input.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway honest [FILE|-] [--role TITLE] [--json]

Turn your honest reasons (what you would tell a friend: the studio you want one
day, the pay, the boss you are leaving) into the version for the interview.
Each sentence is kept in your own words when it is true and relevant to the
role, or left out with the reason: a plan beyond the role, money or a title
first, a complaint. Nothing is invented; when nothing can be kept, it says what
to write instead.

Options:
  --role TITLE        the role you are interviewing for, named in the reasons
  --json              print {interview, leftOut: [{text, why, explanation}], placeholder?}

Limits: UTF-8 text, not empty, at most 20,000 characters.
Exit codes: 0 done, 2 bad usage or input.`

const WHY_LABELS = {
  'off-role': 'a plan beyond the role',
  'salary-title': 'money or a title first',
  negative: 'a complaint',
} as const

async function run(argv: string[], io: CommandIO): Promise<number> {
  let parsed: {
    values: { json?: boolean | undefined; role?: string | undefined }
    positionals: string[]
  }
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, role: { type: 'string' } },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (positionals.length > 1)
    throw new UsageError(
      `give one file of reasons, not ${positionals.length}: ${positionals.join(' ')}`,
    )
  const role = values.role?.trim()
  if (values.role !== undefined && !role) throw new UsageError('--role is empty')
  if (role && role.length > 200) throw new UsageError('--role is over 200 characters')
  const text = await readAnswer(positionals[0], io)
  const honest = honestVersion(text, role)
  if (values.json) {
    io.stdout.write(`${JSON.stringify(honest, null, 2)}\n`)
    return 0
  }
  const lines = ['Interview version:', `  ${honest.interview}`]
  if (honest.placeholder)
    lines.push('  (Nothing could be kept: write the part in brackets yourself.)')
  lines.push('')
  if (honest.leftOut.length === 0) {
    lines.push('Nothing left out: every reason is one to say in the interview.')
  } else {
    lines.push('Left out, and why:')
    for (const l of honest.leftOut)
      lines.push(`  - "${l.text}" (${WHY_LABELS[l.why]})`, `    ${l.explanation}`)
  }
  io.stdout.write(`${lines.join('\n')}\n`)
  return 0
}

export const honestCommand: Command = { usage, run }

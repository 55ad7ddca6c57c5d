import { parseArgs } from 'node:util'
import type { CritiqueContext } from '../../core/contracts/context.js'
import { QUESTION_KINDS, type QuestionKind, type Report } from '../../core/contracts/report.js'
import { analyze } from '../../core/critique/analyze.js'
import { InputError } from '../../core/critique/input.js'
import type { CommandIO } from '../io.js'
import { readAnswer } from '../read-input.js'
import { colorEnabled, renderReport } from '../render/terminal.js'
import { UsageError } from '../usage-error.js'
import type { Command } from './index.js'

const usage = `Usage: headway analyze [FILE|-] [options]

Critique one answer. Reads FILE, or standard input for - or no FILE.

Options:
  --question KIND     ${QUESTION_KINDS.join(' | ')}
  --company FILE.json a dossier (headway company --json) or {name, mission, values, products, initiatives}
  --role TITLE        the role applied for
  --spoken            the text is a spoken transcript
  --seconds N         measured duration of the spoken answer (1 to 3600)
  --json              print the Report as JSON

Limits: UTF-8 text, not empty, at most 20,000 characters.
Exit codes: 0 done, 2 bad usage or input.`

/** Parse argv with node:util, turning its errors into UsageErrors. */
function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        question: { type: 'string' },
        company: { type: 'string' },
        role: { type: 'string' },
        spoken: { type: 'boolean' },
        seconds: { type: 'string' },
        json: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

export function parseQuestion(value: string): QuestionKind {
  const kind = QUESTION_KINDS.find((k) => k === value)
  if (!kind)
    throw new UsageError(`--question must be one of ${QUESTION_KINDS.join(', ')}, not '${value}'`)
  return kind
}

export function parseSeconds(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 3600)
    throw new UsageError(`--seconds must be a number of seconds from 1 to 3600, not '${value}'`)
  return n
}

/**
 * Run the engine, translating its documented input errors (InputError) into
 * usage errors. Other errors propagate: they are bugs, exit 1.
 */
export function critique(text: string, context: CritiqueContext): Report {
  try {
    return analyze(text, context)
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message)
    throw error
  }
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse(argv)
  if (positionals.length > 1)
    throw new UsageError(
      `give one answer file, not ${positionals.length}: ${positionals.join(' ')}`,
    )
  const context: CritiqueContext = {}
  if (values.question !== undefined) context.question = parseQuestion(values.question)
  if (values.seconds !== undefined) context.seconds = parseSeconds(values.seconds)
  if (values.spoken) context.spoken = true
  if (values.company !== undefined) {
    // Loaded only when asked for: the dossier schema and the company extractors are big.
    const { readCompany } = await import('../read-company.js')
    Object.assign(context, await readCompany(values.company, io.cwd))
  }
  if (values.role !== undefined) {
    const title = values.role.trim()
    if (!title || title.length > 200) throw new UsageError('--role must be 1 to 200 characters')
    context.role = { ...context.role, title }
  }
  const text = await readAnswer(positionals[0], io)
  const report = critique(text, context)
  if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else io.stdout.write(renderReport(text, report, { color: colorEnabled(io.stdout, io.env) }))
  return 0
}

export const analyzeCommand: Command = {
  usage,
  run,
}

import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { type AnswerInput, checkConsistency } from '../../core/compose/consistency.js'
import { QUESTION_KINDS, type QuestionKind } from '../../core/contracts/report.js'
import { lineColumn } from '../../core/text/span.js'
import type { Command } from '../command.js'
import type { CommandIO } from '../io.js'
import { todayOf } from '../io.js'
import { readAnswer } from '../read-input.js'
import { UsageError } from '../usage-error.js'

const KINDS = QUESTION_KINDS.join(', ')

const usage = `Usage: headway consistency KIND=FILE KIND=FILE… [--json]
       headway consistency career-goals.txt five-years.txt… [--json]

Check that your answers to the questions of one interview tell one story: the
same target role, the same reason for a career change, time frames that add up.
Each contradiction names the words in both answers and how to reconcile them.

Say which question each file answers, one of two ways:
  KIND=FILE             career-goals=goals.txt five-years=plan.txt
  a file named KIND…    career-goals.txt, five-years-acme.md
Kinds: ${KINDS}.

Options:
  --json              print {answers, contradictions} as JSON; each contradiction
                      has kind, message, suggestion and both spans (UTF-16
                      offsets into each answer, with the text they cover)

At least two answers, each UTF-8 text of at most 20,000 characters.
Exit codes: 0 done (with or without contradictions), 2 bad usage or input.`

interface NamedAnswer extends AnswerInput {
  file: string
}

/** Which question a command-line argument answers: `KIND=FILE`, or a file named after its kind. */
export function parseAnswerArg(arg: string): { question: QuestionKind; file: string } {
  const eq = arg.indexOf('=')
  if (eq > 0) {
    const kind = arg.slice(0, eq)
    const file = arg.slice(eq + 1)
    const question = QUESTION_KINDS.find((k) => k === kind)
    if (!question) throw new UsageError(`'${kind}' is not a question kind (use one of ${KINDS})`)
    if (!file) throw new UsageError(`${kind}= names no file`)
    return { question, file }
  }
  const name = basename(arg).toLowerCase()
  const question = QUESTION_KINDS.find(
    (k) => name === k || name.startsWith(`${k}.`) || name.startsWith(`${k}-`),
  )
  if (!question)
    throw new UsageError(
      `cannot tell which question ${arg} answers: write KIND=${arg} or name the file after its kind (${KINDS})`,
    )
  return { question, file: arg }
}

function quote(a: NamedAnswer, span: readonly [number, number]): string {
  const { line, column } = lineColumn(a.text, span[0])
  const words = a.text.slice(span[0], span[1]).replace(/\s+/g, ' ')
  const shown = words.length > 120 ? `${words.slice(0, 117)}…` : words
  return `"${shown}" (${a.file}:${line}:${column})`
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  let parsed: { values: { json?: boolean | undefined }; positionals: string[] }
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (positionals.length < 2)
    throw new UsageError(
      `give at least two answers to compare (KIND=FILE…), not ${positionals.length}`,
    )
  const today = todayOf(io)
  const answers: NamedAnswer[] = []
  for (const arg of positionals) {
    const { question, file } = parseAnswerArg(arg)
    if (file === '-')
      throw new UsageError('each answer must be a file; standard input is not read here')
    answers.push({ question, file, text: await readAnswer(file, io) })
  }
  const found = checkConsistency(answers, today)
  if (values.json) {
    const json = {
      answers: answers.map(({ question, file }) => ({ question, file })),
      contradictions: found.map((c) => ({
        kind: c.kind,
        message: c.message,
        suggestion: c.suggestion,
        spans: c.answers.map((at, k) => {
          const span = c.spans[k] ?? [0, 0]
          return {
            answer: at,
            question: answers[at]?.question,
            span,
            text: answers[at]?.text.slice(span[0], span[1]),
          }
        }),
      })),
    }
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    return 0
  }
  const lines = answers.map((a, i) => `Answer ${i + 1}: ${a.question} (${a.file})`)
  lines.push('')
  if (found.length === 0) {
    lines.push('No contradictions: these answers tell one story.')
  } else {
    lines.push(`${found.length} contradiction${found.length === 1 ? '' : 's'}:`)
    found.forEach((c, n) => {
      lines.push('', `${n + 1}. ${c.kind}: ${c.message}`)
      c.answers.forEach((at, k) => {
        const a = answers[at]
        const span = c.spans[k]
        if (a && span) lines.push(`   answer ${at + 1} (${a.question}): ${quote(a, span)}`)
      })
      lines.push(`   Try: ${c.suggestion}`)
    })
  }
  io.stdout.write(`${lines.join('\n')}\n`)
  return 0
}

export const consistencyCommand: Command = { usage, run }

import { parseArgs } from 'node:util'
import { STORY_PARTS } from '../../core/contracts/report.js'
import { InputError } from '../../core/critique/input.js'
import { critiqueStory, type StoryCritique } from '../../core/critique/story.js'
import type { Command } from '../command.js'
import type { CommandIO } from '../io.js'
import { readAnswer } from '../read-input.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway story [FILE|-] [--json]

Critique a STAR story ("Tell me about a time you…"): which of Situation, Task,
Action and Result are there, with their words, and what to add.

Options:
  --json              print the critique as JSON

Limits: UTF-8 text, not empty, at most 20,000 characters.
Exit codes: 0 done, 2 bad usage or input.`

function render(text: string, story: StoryCritique): string {
  const lines = [`STAR story: ${story.verdict} (${story.score}/100)`, '']
  for (const part of STORY_PARTS) {
    const [first] = story.parts[part]
    lines.push(
      `  ${part.padEnd(10)} ${first ? `found: "${text.slice(first[0], first[1])}"` : 'missing'}`,
    )
  }
  if (story.findings.length > 0) lines.push('')
  for (const f of story.findings)
    lines.push(`  - ${f.message}${f.suggestion ? `\n    ${f.suggestion}` : ''}`)
  return `${lines.join('\n')}\n`
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ allowPositionals: true; options: { json: { type: 'boolean' } } }>
  >
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
  if (positionals.length > 1)
    throw new UsageError(`give one story file, not ${positionals.length}: ${positionals.join(' ')}`)
  const text = await readAnswer(positionals[0], io)
  let story: StoryCritique
  try {
    story = critiqueStory(text)
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message)
    throw error
  }
  io.stdout.write(values.json ? `${JSON.stringify(story, null, 2)}\n` : render(text, story))
  return 0
}

export const storyCommand: Command = { usage, run }

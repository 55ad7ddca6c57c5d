import { parseArgs } from 'node:util'
import { draftAndCritique } from '../../core/compose/critique-draft.js'
import { DRAFT_LENGTHS, type DraftLength } from '../../core/compose/draft.js'
import { WORDS_PER_MINUTE } from '../../core/contracts/limits.js'
import { QUESTION_KINDS, type QuestionKind } from '../../core/contracts/report.js'
import type { Command } from '../command.js'
import { type CommandIO, todayOf } from '../io.js'
import { readDossier } from '../read-company.js'
import { readPerson } from '../read-person.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway draft --company DOSSIER.json [--profile FILE.json] [--resume resume.json] [--goal TEXT]... [options]

Draft an answer to "What are your career goals?" in three lengths (about 30, 60
and 90 seconds spoken at ${WORDS_PER_MINUTE} words a minute), from the person's profile and
goals and the company dossier. With a career-change profile, "why are you
changing careers" drafts come too. Each question leads with its own thing
(five-years: the path; why-here: what draws you). Nothing is invented: a
missing input leaves a [marked placeholder], and a long-term goal in another
field than the company's is pointed out before the drafts.

Options:
  --company FILE.json  the dossier (headway company --json); required
  --profile FILE.json  {profile, goals} (goal type and horizon are suggested when left out)
  --resume FILE.json   a JSON Resume (jsonresume.org) to pre-fill skills and experience
  --goal TEXT          a goal; repeat for several (a resume plus goals is enough)
  --length 30|60|90    only this length
  --question KIND      career-goals, five-years, why-here or career-change; repeat
                       for several, or 'all' (default: career-goals, plus
                       career-change with a career-change profile)
  --seed TEXT          choose among wordings (default: the person's name)
  --json               print {drafts: [{question, length, text, seconds, report}], placeholders, notes, gap}

Exit codes: 0 done, 2 bad usage or input.`

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        company: { type: 'string' },
        profile: { type: 'string' },
        resume: { type: 'string' },
        goal: { type: 'string', multiple: true },
        length: { type: 'string' },
        question: { type: 'string', multiple: true },
        seed: { type: 'string' },
        json: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parse(argv)
  if (!values.company)
    throw new UsageError(
      '--company DOSSIER.json is required (make one with headway company --json)',
    )
  let lengths: readonly DraftLength[] = DRAFT_LENGTHS
  if (values.length !== undefined) {
    const l = DRAFT_LENGTHS.find((x) => String(x) === values.length)
    if (!l) throw new UsageError(`--length must be 30, 60 or 90, not '${values.length}'`)
    lengths = [l]
  }
  let questions: QuestionKind[] | undefined
  for (const q of values.question ?? []) {
    if (q === 'all') questions = [...QUESTION_KINDS]
    else if ((QUESTION_KINDS as readonly string[]).includes(q))
      questions = [...new Set([...(questions ?? []), q as QuestionKind])]
    else throw new UsageError(`--question must be ${QUESTION_KINDS.join(', ')} or all, not '${q}'`)
  }
  if (values.seed !== undefined && values.seed.length > 200)
    throw new UsageError('--seed is over 200 characters')
  const today = todayOf(io)
  const dossier = await readDossier(values.company, io.cwd)
  const { profile, goals, skipped } = await readPerson(values, io, today)
  const input = {
    profile,
    goals,
    dossier,
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(questions ? { questions } : {}),
  }
  const result = draftAndCritique(input, lengths)
  const drafts = result.drafts.map((d) => ({
    question: d.question,
    length: d.length,
    text: d.text,
    seconds: d.seconds,
    complete: d.complete,
    short: d.short,
    report: d.report,
  }))
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ drafts, placeholders: result.placeholders, notes: result.notes, gap: result.gap, skipped }, null, 2)}\n`,
    )
    return 0
  }
  const out: string[] = []
  // The gap comes first: the person decides about it before reading any draft.
  if (result.gap) out.push(`Before you use these drafts: ${result.gap.message}`, '')
  for (const d of drafts) {
    out.push(
      `── ${d.question}, about ${d.length} seconds (${d.seconds} s, ${d.report.verdict} ${d.report.score}/100)`,
      d.text,
      ...(d.short ? [`(short: ${d.short})`] : []),
      '',
    )
  }
  if (result.placeholders.length > 0) {
    out.push('To fill in:')
    for (const p of result.placeholders) out.push(`  ${p.text}: ${p.hint}`)
    out.push('')
  }
  for (const n of [...result.notes.filter((n) => n !== result.gap?.message), ...skipped])
    out.push(`Note: ${n}`)
  io.stdout.write(`${out.join('\n').trimEnd()}\n`)
  return 0
}

export const draftCommand: Command = {
  usage,
  run,
}

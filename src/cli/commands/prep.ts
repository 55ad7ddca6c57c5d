import { parseArgs } from 'node:util'
import { z } from 'zod'
import { align } from '../../core/align/matrix.js'
import { dossierToContext } from '../../core/company/context.js'
import { buildPrepSheet } from '../../core/compose/prep-sheet.js'
import { QUESTION_KINDS, type QuestionKind } from '../../core/contracts/report.js'
import { analyze } from '../../core/critique/analyze.js'
import { prepSheetToMarkdown } from '../../io/export-md.js'
import type { Command } from '../command.js'
import { type CommandIO, todayOf } from '../io.js'
import { readDossier } from '../read-company.js'
import { readAnswer } from '../read-input.js'
import { readPerson } from '../read-person.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway prep --profile FILE.json --company DOSSIER.json [--answer FILE] [options]

The one-page prep sheet for an interview, as the web app's Prep step builds it:
your answer with its score, the strong start and finish, talking points and
questions to ask from the alignment of your profile and goals with the company,
and what to avoid (your answer's own flags first).

Options:
  --profile FILE.json     your profile and goals ({profile, goals}, as for draft)
  --company DOSSIER.json  the company dossier (headway company --json)
  --answer FILE           your answer (UTF-8 text); critiqued for the score and flags
  --question KIND         the question the answer is for (${QUESTION_KINDS.join(', ')});
                          default career-goals, or career-change for a career-change profile
  --role TITLE            the role, when the dossier has no job posting
  --date YYYY-MM-DD       the interview date
  --md                    print the sheet as Markdown (the default)
  --json                  print the sheet as JSON (the prep sheet's stored shape)

STAR stories live in the web app's store; this sheet lists none.
Exit codes: 0 done, 2 bad usage or input.`

async function run(argv: string[], io: CommandIO): Promise<number> {
  let values: {
    profile?: string | undefined
    company?: string | undefined
    answer?: string | undefined
    question?: string | undefined
    role?: string | undefined
    date?: string | undefined
    md?: boolean | undefined
    json?: boolean | undefined
  }
  try {
    values = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        profile: { type: 'string' },
        company: { type: 'string' },
        answer: { type: 'string' },
        question: { type: 'string' },
        role: { type: 'string' },
        date: { type: 'string' },
        md: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (values.md && values.json) throw new UsageError('choose one of --md and --json')
  if (!values.profile) throw new UsageError('--profile FILE.json is required')
  if (!values.company)
    throw new UsageError(
      '--company DOSSIER.json is required (make one with headway company --json)',
    )
  let question: QuestionKind | undefined
  if (values.question !== undefined) {
    question = QUESTION_KINDS.find((k) => k === values.question)
    if (!question)
      throw new UsageError(
        `--question must be one of ${QUESTION_KINDS.join(', ')}, not '${values.question}'`,
      )
  }
  if (values.date !== undefined && !z.iso.date().safeParse(values.date).success)
    throw new UsageError(`--date must be a date like 2026-12-10, not '${values.date}'`)
  const role = values.role?.trim()
  if (values.role !== undefined && (!role || role.length > 200))
    throw new UsageError('--role must be 1 to 200 characters')

  const today = todayOf(io)
  const dossier = await readDossier(values.company, io.cwd)
  const { profile, goals } = await readPerson({ profile: values.profile }, io, today)
  const text = values.answer === undefined ? undefined : await readAnswer(values.answer, io)
  const kind = question ?? (profile.careerChange ? 'career-change' : 'career-goals')
  const report =
    text === undefined
      ? undefined
      : analyze(text, dossierToContext(dossier, { question: kind, profile }))
  const alignment = align(profile, goals, dossier)
  const sheet = buildPrepSheet({
    role: role ?? dossier.job?.title ?? '',
    company: dossier.name ?? dossier.job?.company ?? '',
    interviewDate: values.date,
    answer: text === undefined || !report ? undefined : { text, report },
    talkingPoints: alignment.talkingPoints,
    questions: alignment.questions.map((q) => q.text),
    stories: [],
  })
  io.stdout.write(values.json ? `${JSON.stringify(sheet, null, 2)}\n` : prepSheetToMarkdown(sheet))
  return 0
}

export const prepCommand: Command = { usage, run }

import { parseArgs } from 'node:util'
import { z } from 'zod'
import { critiqueContextFor } from '../../core/compose/context.js'
import { critiqueDraft } from '../../core/compose/critique-draft.js'
import { composeDrafts, DRAFT_LENGTHS, type DraftLength } from '../../core/compose/draft.js'
import { type Dossier, dossierSchema } from '../../core/contracts/dossier.js'
import { type Goal, type Profile, profileSchema } from '../../core/contracts/profile.js'
import { QUESTION_KINDS, type QuestionKind } from '../../core/contracts/report.js'
import { completeGoal } from '../../core/goals/model.js'
import { readProfileFile } from '../../core/goals/profile-file.js'
import { importJsonResume, ResumeError } from '../../io/json-resume.js'
import type { CommandIO } from '../io.js'
import { decodeText, formatIssues, readUserFile } from '../read-input.js'
import { UsageError } from '../usage-error.js'
import type { Command } from './index.js'

const MAX_FILE = 5_000_000

/** Today's ISO date: HEADWAY_TODAY (for tests and reproducible runs) or the clock. */
export function todayOf(io: CommandIO): string {
  const fixed = io.env.HEADWAY_TODAY
  if (fixed !== undefined) {
    if (!z.iso.date().safeParse(fixed).success)
      throw new UsageError(`HEADWAY_TODAY must be a date like 2026-11-25, not '${fixed}'`)
    return fixed
  }
  return new Date().toISOString().slice(0, 10)
}

async function readJson(path: string, io: CommandIO): Promise<unknown> {
  const text = decodeText(await readUserFile(path, io.cwd, MAX_FILE), path)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** Read a dossier file (headway company --json), with the zod issues on failure. */
export async function readDossier(path: string, io: CommandIO): Promise<Dossier> {
  const parsed = dossierSchema.safeParse(await readJson(path, io))
  if (!parsed.success)
    throw new UsageError(
      `${path} is not a valid dossier (headway company --json):\n${formatIssues(parsed.error.issues)}`,
    )
  return parsed.data
}

export interface PersonInput {
  profile: Profile
  goals: Goal[]
  /** Lines about what the resume import skipped. */
  skipped: string[]
}

/**
 * The person from --profile, --resume and --goal: the profile file wins, the
 * resume adds skills and experience the profile lacks, and each --goal adds a
 * goal (type and horizon suggested).
 */
export async function readPerson(
  values: {
    profile?: string | undefined
    resume?: string | undefined
    goal?: string[] | undefined
  },
  io: CommandIO,
  today: string,
): Promise<PersonInput> {
  if (!values.profile && !values.resume && !(values.goal && values.goal.length > 0)) {
    throw new UsageError(
      'give --profile FILE.json, --resume resume.json or at least one --goal TEXT',
    )
  }
  let profile: Profile = profileSchema.parse({})
  let goals: Goal[] = []
  const skipped: string[] = []
  if (values.profile) {
    try {
      ;({ profile, goals } = readProfileFile(await readJson(values.profile, io), today))
    } catch (error) {
      if (error instanceof z.ZodError)
        throw new UsageError(
          `${values.profile} is not a valid profile ({profile, goals}):\n${formatIssues(error.issues)}`,
        )
      throw error
    }
  }
  if (values.resume) {
    const text = decodeText(await readUserFile(values.resume, io.cwd, MAX_FILE), values.resume)
    let imported: ReturnType<typeof importJsonResume>
    try {
      imported = importJsonResume(text)
    } catch (error) {
      if (error instanceof ResumeError) throw new UsageError(`${values.resume}: ${error.message}`)
      throw error
    }
    skipped.push(...imported.skipped.map((s) => `${values.resume}: ${s}`))
    const r = imported.profile
    const names = new Set(profile.skills.map((s) => s.name.toLowerCase()))
    const roles = new Set(
      profile.experience.map((e) => `${e.role}|${e.organization ?? ''}`.toLowerCase()),
    )
    profile = profileSchema.parse({
      ...profile,
      name: profile.name ?? r.name,
      currentRole: profile.currentRole ?? r.currentRole,
      skills: [
        ...profile.skills,
        ...r.skills.filter((s) => !names.has(s.name.toLowerCase())),
      ].slice(0, 200),
      experience: [
        ...profile.experience,
        ...r.experience.filter(
          (e) => !roles.has(`${e.role}|${e.organization ?? ''}`.toLowerCase()),
        ),
      ].slice(0, 50),
    })
  }
  for (const [i, text] of (values.goal ?? []).entries()) {
    const t = text.trim()
    if (!t) throw new UsageError(`--goal ${i + 1} is empty`)
    if (t.length > 1000) throw new UsageError(`--goal ${i + 1} is over 1,000 characters`)
    goals.push(completeGoal({ id: `cli-${i + 1}`, text: t }, today))
  }
  if (goals.length > 50) throw new UsageError(`at most 50 goals, not ${goals.length}`)
  return { profile, goals, skipped }
}

const usage = `Usage: headway draft --company DOSSIER.json [--profile FILE.json] [--resume resume.json] [--goal TEXT]... [options]

Draft an answer to "What are your career goals?" in three lengths (about 30, 60
and 90 seconds spoken at 140 words a minute), from the person's profile and
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
  const dossier = await readDossier(values.company, io)
  const { profile, goals, skipped } = await readPerson(values, io, today)
  const input = {
    profile,
    goals,
    dossier,
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(questions ? { questions } : {}),
  }
  const result = composeDrafts(input, lengths)
  const drafts = result.drafts.map((d) => ({
    question: d.question,
    length: d.length,
    text: d.text,
    seconds: d.seconds,
    complete: d.complete,
    short: d.short,
    report: critiqueDraft(d.text, critiqueContextFor(dossier, d.question, profile)),
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

import { parseArgs } from 'node:util'
import { align } from '../../core/align/matrix.js'
import type { Command } from '../command.js'
import { type CommandIO, todayOf } from '../io.js'
import { readDossier } from '../read-company.js'
import { readPerson } from '../read-person.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway align --company DOSSIER.json [--profile FILE.json] [--resume resume.json] [--goal TEXT]... [--json]

Match the person's goals, skills, values and experience against the company's
values, mission, initiatives and the role's requirements. Each match says why
(a named skill, shared words, word forms, or a shared value concept); gaps are
the requirements the profile does not show; talking points and questions to ask
follow.

Exit codes: 0 done, 2 bad usage or input.`

async function run(argv: string[], io: CommandIO): Promise<number> {
  let values: {
    company?: string
    profile?: string
    resume?: string
    goal?: string[]
    json?: boolean
  }
  try {
    values = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        company: { type: 'string' },
        profile: { type: 'string' },
        resume: { type: 'string' },
        goal: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    }).values
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  if (!values.company)
    throw new UsageError(
      '--company DOSSIER.json is required (make one with headway company --json)',
    )
  const today = todayOf(io)
  const dossier = await readDossier(values.company, io.cwd)
  const { profile, goals, skipped } = await readPerson(values, io, today)
  const result = align(profile, goals, dossier)
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ ...result, skipped }, null, 2)}\n`)
    return 0
  }
  const out: string[] = ['Matches (strongest first):']
  for (const m of result.matches.slice(0, 15))
    out.push(
      `  ${m.row.kind} "${m.row.text}" ↔ ${m.column.kind} "${m.column.text}"`,
      `      why: ${m.why}`,
    )
  if (result.matches.length === 0) out.push('  none found')
  if (result.matches.length > 15)
    out.push(`  … and ${result.matches.length - 15} more (--json for all)`)
  out.push(
    '',
    'Gaps (asked for, not shown in your profile):',
    ...(result.gaps.length > 0 ? result.gaps.map((g) => `  - ${g.text}`) : ['  none']),
  )
  out.push(
    '',
    'Talking points:',
    ...(result.talkingPoints.length > 0
      ? result.talkingPoints.map((t) => `  - ${t}`)
      : ['  none yet']),
  )
  out.push(
    '',
    'Questions to ask:',
    ...(result.questions.length > 0 ? result.questions.map((q) => `  - ${q.text}`) : ['  none']),
  )
  for (const s of skipped) out.push(`Note: ${s}`)
  io.stdout.write(`${out.join('\n')}\n`)
  return 0
}

export const alignCommand: Command = {
  usage,
  run,
}

import { parseArgs } from 'node:util'
import { z } from 'zod'
import type { Goal, Profile } from '../../core/contracts/profile.js'
import { readProfileFile } from '../../core/goals/profile-file.js'
import { progressOf } from '../../core/goals/progress.js'
import { roadmap } from '../../core/goals/roadmap.js'
import { smartCheck } from '../../core/goals/smart.js'
import { milestonesToIcs } from '../../io/export-ics.js'
import type { Command } from '../command.js'
import { type CommandIO, todayOf } from '../io.js'
import { readDossier } from '../read-company.js'
import { decodeText, formatIssues, readUserFile } from '../read-input.js'
import { UsageError } from '../usage-error.js'

const usage = `Usage: headway goals <check|roadmap|ics> FILE.json [options]

  check    the SMART check of each goal (specific, measurable, achievable,
           relevant, time-bound), with the concrete fix for each part that fails,
           and the progress from milestones
  roadmap  skills to develop, experience to gain, certifications and trends for
           each goal (--company DOSSIER.json adds the role and the company's plans)
  ics      an iCalendar file of the milestones and target dates, on stdout

FILE.json is {profile, goals}; a goal needs only id and text.

Options:
  --company FILE.json  a dossier, for roadmap
  --json               print JSON

Exit codes: 0 done (check: also when goals fail parts), 2 bad usage or input.`

async function readFile(
  path: string,
  io: CommandIO,
  today: string,
): Promise<{ profile: Profile; goals: Goal[] }> {
  const text = decodeText(await readUserFile(path, io.cwd, 5_000_000), path)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  try {
    const file = readProfileFile(json, today)
    if (file.goals.length === 0)
      throw new UsageError(`${path} has no goals: add "goals": [{"id": "g1", "text": "…"}]`)
    return file
  } catch (error) {
    if (error instanceof z.ZodError)
      throw new UsageError(
        `${path} is not a valid profile ({profile, goals}):\n${formatIssues(error.issues)}`,
      )
    throw error
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { company: { type: 'string' }, json: { type: 'boolean' } },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parse(argv)
  const [action, path, ...extra] = parsed.positionals
  if (!action || !['check', 'roadmap', 'ics'].includes(action))
    throw new UsageError(`expected check, roadmap or ics, not '${action ?? ''}'`)
  if (!path) throw new UsageError(`goals ${action} needs a FILE.json`)
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`)
  const today = todayOf(io)
  const { profile, goals } = await readFile(path, io, today)

  if (action === 'ics') {
    const { ics, events, skipped } = milestonesToIcs(goals, new Date())
    if (events === 0)
      throw new UsageError(
        `${path}: no milestone or goal has a date, so there is nothing to put in a calendar`,
      )
    io.stdout.write(ics)
    if (skipped > 0)
      io.stderr.write(`headway goals ics: ${skipped} milestone(s) without a due date left out\n`)
    return 0
  }

  if (action === 'roadmap') {
    const dossier = parsed.values.company ? await readDossier(parsed.values.company, io.cwd) : null
    const maps = goals.map((g) => ({ goal: g.text, ...roadmap(g, profile, dossier) }))
    if (parsed.values.json) {
      io.stdout.write(`${JSON.stringify(maps, null, 2)}\n`)
      return 0
    }
    const out: string[] = []
    for (const m of maps) {
      out.push(`■ ${m.goal}`)
      const section = (title: string, items: Array<{ text: string; from: string }>) => {
        if (items.length > 0)
          out.push(`  ${title}:`, ...items.map((i) => `    - ${i.text} (from ${i.from})`))
      }
      section('Skills to develop', m.skills)
      section('Experience to gain', m.experience)
      section('Certifications to look into', m.certifications)
      section('Trends to watch', m.trends)
      if (m.findOut.length > 0) out.push('  Find out:', ...m.findOut.map((f) => `    ? ${f}`))
      out.push('')
    }
    io.stdout.write(`${out.join('\n').trimEnd()}\n`)
    return 0
  }

  const checks = goals.map((g) => ({
    goal: g,
    smart: smartCheck(g, { today, profile }),
    progress: progressOf(g),
  }))
  if (parsed.values.json) {
    io.stdout.write(
      `${JSON.stringify(
        checks.map((c) => ({
          id: c.goal.id,
          text: c.goal.text,
          type: c.goal.type,
          horizon: c.goal.horizon,
          ...c.smart,
          progress: c.progress,
        })),
        null,
        2,
      )}\n`,
    )
    return 0
  }
  const out: string[] = []
  for (const c of checks) {
    out.push(
      `■ ${c.goal.text}  (${c.goal.type}, ${c.goal.horizon}-term; SMART ${c.smart.passed}/5; progress ${c.progress.percent}%${c.progress.via === 'milestones' ? ` of ${c.progress.total} milestones` : ''})`,
    )
    for (const p of c.smart.parts) {
      out.push(`  ${p.ok ? '✓' : '✗'} ${p.part.padEnd(11)} ${p.why}`)
      if (p.fix) out.push(`    → ${p.fix}`)
    }
    out.push('')
  }
  io.stdout.write(`${out.join('\n').trimEnd()}\n`)
  return 0
}

export const goalsCommand: Command = {
  usage,
  run,
}

import { z } from 'zod'
import { type Goal, type Profile, profileSchema } from '../core/contracts/profile.js'
import { completeGoal } from '../core/goals/model.js'
import { readProfileFile } from '../core/goals/profile-file.js'
import { importJsonResume, ResumeError } from '../io/json-resume.js'
import type { CommandIO } from './io.js'
import {
  decodeText,
  formatIssues,
  MAX_JSON_FILE_BYTES,
  readJsonFile,
  readUserFile,
} from './read-input.js'
import { UsageError } from './usage-error.js'

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
      ;({ profile, goals } = readProfileFile(await readJsonFile(values.profile, io.cwd), today))
    } catch (error) {
      if (error instanceof z.ZodError)
        throw new UsageError(
          `${values.profile} is not a valid profile ({profile, goals}):\n${formatIssues(error.issues)}`,
        )
      throw error
    }
  }
  if (values.resume) {
    const text = decodeText(
      await readUserFile(values.resume, io.cwd, MAX_JSON_FILE_BYTES),
      values.resume,
    )
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

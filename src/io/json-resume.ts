import { z } from 'zod'
import { type Profile, profileSchema, type SKILL_LEVELS } from '../core/contracts/profile.js'

/** The input could not be read as a JSON Resume at all (not JSON, not an object). */
export class ResumeError extends Error {
  override readonly name = 'ResumeError'
}

export interface ResumeImport {
  profile: Profile
  /** Certificates by name (with issuer when given): evidence of preparation. */
  certificates: string[]
  /** Interests by name: what the person may list as passions (the web app adds them). */
  interests: string[]
  /** What was left out and why, one line each ("work[2]: position is not text"). */
  skipped: string[]
}

/** Largest resume file read, in characters. */
export const MAX_RESUME_CHARS = 2_000_000

const optText = z.unknown().optional()
const textList = z.unknown().optional()

const basicsSchema = z.object({ name: optText, label: optText, summary: optText }).loose()
const workSchema = z
  .object({
    name: optText,
    company: optText,
    position: optText,
    summary: optText,
    highlights: textList,
    endDate: optText,
  })
  .loose()
const skillSchema = z.object({ name: optText, level: optText, keywords: textList }).loose()
const educationSchema = z
  .object({ institution: optText, area: optText, studyType: optText })
  .loose()
const certificateSchema = z.object({ name: optText, issuer: optText }).loose()
const interestSchema = z.object({ name: optText }).loose()
const projectSchema = z
  .object({ name: optText, description: optText, highlights: textList, keywords: textList })
  .loose()

const LEVELS: Record<string, (typeof SKILL_LEVELS)[number]> = {
  beginner: 'beginner',
  novice: 'beginner',
  basic: 'beginner',
  junior: 'beginner',
  intermediate: 'intermediate',
  competent: 'intermediate',
  proficient: 'intermediate',
  advanced: 'advanced',
  senior: 'advanced',
  expert: 'expert',
  master: 'expert',
  fluent: 'expert',
}

function clip(value: unknown, max: number, where: string, skipped: string[]): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') {
    skipped.push(`${where}: not text (${Array.isArray(value) ? 'a list' : typeof value})`)
    return undefined
  }
  const t = value.trim().replace(/\s+/g, ' ')
  if (!t) return undefined
  if (t.length > max) {
    skipped.push(`${where}: cut to ${max} characters`)
    return t.slice(0, max)
  }
  return t
}

function texts(
  list: unknown,
  max: number,
  limit: number,
  where: string,
  skipped: string[],
): string[] {
  if (list === undefined || list === null) return []
  if (!Array.isArray(list)) {
    skipped.push(`${where}: expected a list`)
    return []
  }
  const out: string[] = []
  list.forEach((v, i) => {
    const t = clip(v, max, `${where}[${i}]`, skipped)
    if (t) out.push(t)
  })
  if (out.length > limit) skipped.push(`${where}: kept the first ${limit} of ${out.length}`)
  return out.slice(0, limit)
}

function section<T>(
  json: Record<string, unknown>,
  key: string,
  schema: z.ZodType<T>,
  skipped: string[],
): Array<{ entry: T; where: string }> {
  const raw = json[key]
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) {
    skipped.push(`${key}: expected a list, got ${typeof raw}`)
    return []
  }
  const out: Array<{ entry: T; where: string }> = []
  raw.forEach((item, i) => {
    const where = `${key}[${i}]`
    const parsed = schema.safeParse(item)
    if (parsed.success) out.push({ entry: parsed.data, where })
    else {
      const issue = parsed.error.issues[0]
      skipped.push(
        `${where}: ${issue ? `${issue.path.join('.') || 'entry'} ${issue.message.toLowerCase()}` : 'not an object'}`,
      )
    }
  })
  return out
}

/**
 * Read a JSON Resume (jsonresume.org: basics, work, skills, education,
 * certificates, projects, interests) into a Profile, to pre-fill skills and experience.
 * Odd or missing fields never stop the import: each is skipped and listed in
 * `skipped` with where it was. Only text that is not JSON, or JSON that is not an
 * object, is an error (ResumeError, with the position of a syntax error).
 *
 * @example
 * const { profile, skipped } = importJsonResume(await readFile('resume.json', 'utf8'))
 */
export function importJsonResume(text: string): ResumeImport {
  if (text.length > MAX_RESUME_CHARS)
    throw new ResumeError(`the resume is over ${MAX_RESUME_CHARS} characters`)
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ResumeError(
      `the resume is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new ResumeError(
      `a JSON Resume is an object with basics, work, skills…; this file holds ${Array.isArray(json) ? 'a list' : json === null ? 'null' : `a ${typeof json}`}`,
    )
  }
  const root = json as Record<string, unknown>
  const skipped: string[] = []
  const draft: Record<string, unknown> = {}

  if (root.basics !== undefined) {
    const b = basicsSchema.safeParse(root.basics)
    if (!b.success) skipped.push('basics: not an object')
    else {
      const name = clip(b.data.name, 120, 'basics.name', skipped)
      const label = clip(b.data.label, 200, 'basics.label', skipped)
      if (name) draft.name = name
      if (label) draft.currentRole = label
    }
  }

  const experience: Profile['experience'] = []
  for (const { entry, where } of section(root, 'work', workSchema, skipped)) {
    const role = clip(entry.position, 200, `${where}.position`, skipped)
    if (!role) {
      skipped.push(`${where}: no position, left out`)
      continue
    }
    const e: Profile['experience'][number] = {
      role,
      highlights: texts(entry.highlights, 500, 20, `${where}.highlights`, skipped),
    }
    const org = clip(entry.name ?? entry.company, 200, `${where}.name`, skipped)
    const summary = clip(entry.summary, 2000, `${where}.summary`, skipped)
    if (org) e.organization = org
    if (summary) e.summary = summary
    experience.push(e)
    if (
      !draft.currentRole &&
      (entry.endDate === undefined || entry.endDate === null || entry.endDate === '')
    )
      draft.currentRole = role
  }
  for (const { entry, where } of section(root, 'projects', projectSchema, skipped)) {
    const name = clip(entry.name, 180, `${where}.name`, skipped)
    if (!name) {
      skipped.push(`${where}: no name, left out`)
      continue
    }
    const e: Profile['experience'][number] = {
      role: `project: ${name}`,
      highlights: texts(entry.highlights, 500, 20, `${where}.highlights`, skipped),
    }
    const summary = clip(entry.description, 2000, `${where}.description`, skipped)
    if (summary) e.summary = summary
    experience.push(e)
  }
  for (const { entry, where } of section(root, 'education', educationSchema, skipped)) {
    const study = [
      clip(entry.studyType, 90, `${where}.studyType`, skipped),
      clip(entry.area, 100, `${where}.area`, skipped),
    ]
      .filter(Boolean)
      .join(' in ')
    const institution = clip(entry.institution, 200, `${where}.institution`, skipped)
    if (!study && !institution) {
      skipped.push(`${where}: no study type, area or institution, left out`)
      continue
    }
    const e: Profile['experience'][number] = { role: study || 'studies', highlights: [] }
    if (institution) e.organization = institution
    experience.push(e)
  }
  if (experience.length > 50)
    skipped.push(`work, projects and education: kept the first 50 of ${experience.length}`)
  draft.experience = experience.slice(0, 50)

  const skills: Profile['skills'] = []
  const seen = new Set<string>()
  const addSkill = (name: string, level?: (typeof SKILL_LEVELS)[number]) => {
    const key = name.toLowerCase()
    if (seen.has(key)) return
    seen.add(key)
    skills.push(level ? { name, level, status: 'have' } : { name, status: 'have' })
  }
  for (const { entry, where } of section(root, 'skills', skillSchema, skipped)) {
    const name = clip(entry.name, 120, `${where}.name`, skipped)
    const levelText = clip(entry.level, 60, `${where}.level`, skipped)?.toLowerCase()
    const level = levelText ? LEVELS[levelText] : undefined
    if (levelText && !level)
      skipped.push(
        `${where}.level: "${levelText}" is not a known level (beginner, intermediate, advanced, expert)`,
      )
    if (name) addSkill(name, level)
    for (const k of texts(entry.keywords, 120, 50, `${where}.keywords`, skipped)) addSkill(k)
  }
  if (skills.length > 200) skipped.push(`skills: kept the first 200 of ${skills.length}`)
  draft.skills = skills.slice(0, 200)

  const certificates: string[] = []
  for (const { entry, where } of section(root, 'certificates', certificateSchema, skipped)) {
    const name = clip(entry.name, 250, `${where}.name`, skipped)
    if (!name) {
      skipped.push(`${where}: no name, left out`)
      continue
    }
    const issuer = clip(entry.issuer, 45, `${where}.issuer`, skipped)
    certificates.push(issuer ? `${name} (${issuer})` : name)
  }

  const interests: string[] = []
  for (const { entry, where } of section(root, 'interests', interestSchema, skipped)) {
    const name = clip(entry.name, 300, `${where}.name`, skipped)
    if (name && !interests.includes(name)) interests.push(name)
  }

  const known = new Set([
    'basics',
    'interests',
    'work',
    'skills',
    'education',
    'certificates',
    'projects',
    '$schema',
    'meta',
  ])
  for (const key of Object.keys(root))
    if (!known.has(key))
      skipped.push(
        `${key}: not imported (headway reads basics, work, skills, education, certificates, projects, interests)`,
      )

  return { profile: profileSchema.parse(draft), certificates, interests, skipped }
}

/**
 * A profile with a resume's import added to it: what the person already wrote
 * is kept (name, role), skills they already list are not repeated (any case),
 * roles and interests are appended, each within the profile's limits.
 *
 * @example
 * setProfile(mergeResume(profile, importJsonResume(text)))
 */
export function mergeResume(into: Profile, imported: ResumeImport): Profile {
  const known = new Set(into.skills.map((s) => s.name.toLowerCase()))
  const skills = [...into.skills]
  for (const s of imported.profile.skills) {
    if (known.has(s.name.toLowerCase())) continue
    known.add(s.name.toLowerCase())
    skills.push(s)
  }
  const passions = [...into.passions]
  for (const i of imported.interests) if (!passions.includes(i)) passions.push(i)
  const name = into.name ?? imported.profile.name
  const currentRole = into.currentRole ?? imported.profile.currentRole
  return {
    ...into,
    ...(name ? { name } : {}),
    ...(currentRole ? { currentRole } : {}),
    skills: skills.slice(0, 200),
    experience: [...into.experience, ...imported.profile.experience].slice(0, 50),
    passions: passions.slice(0, 50),
  }
}

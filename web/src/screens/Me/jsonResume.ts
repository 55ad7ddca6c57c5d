import type { Profile, Skill } from '../../../../src/core/contracts/profile.js'

const LEVELS: Record<string, Skill['level']> = {
  beginner: 'beginner',
  novice: 'beginner',
  basic: 'beginner',
  intermediate: 'intermediate',
  advanced: 'advanced',
  expert: 'expert',
  master: 'expert',
}

const str = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/**
 * Pre-fill a profile from a JSON Resume (jsonresume.org schema v1): name and
 * label, skills (with level when it is one headway knows), work as experience,
 * interests as passions. Unknown fields are ignored; what is already in the
 * profile is kept and the resume's items are added.
 *
 * Throws an Error with advice when the text is not a JSON Resume.
 */
export function importJsonResume(json: string, into: Profile): Profile {
  let doc: unknown
  try {
    doc = JSON.parse(json)
  } catch {
    throw new Error('That is not valid JSON. Export your resume from jsonresume.org as JSON.')
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new Error('A JSON Resume is an object with "basics", "work" and "skills".')
  }
  const r = doc as Record<string, unknown>
  if (!('basics' in r) && !('work' in r) && !('skills' in r)) {
    throw new Error('No "basics", "work" or "skills" found: is this a JSON Resume?')
  }
  const basics = (r.basics ?? {}) as Record<string, unknown>
  const known = new Set(into.skills.map((s) => s.name.toLowerCase()))
  const skills: Skill[] = [...into.skills]
  for (const s of arr(r.skills)) {
    const item = s as Record<string, unknown>
    const name = str(item.name, 120)
    if (!name || known.has(name.toLowerCase())) continue
    known.add(name.toLowerCase())
    const level = LEVELS[String(item.level ?? '').toLowerCase()]
    skills.push({ name, status: 'have', ...(level ? { level } : {}) })
  }
  const experience = [...into.experience]
  for (const w of arr(r.work).slice(0, 50 - experience.length)) {
    const item = w as Record<string, unknown>
    const role = str(item.position, 200)
    if (!role) continue
    const organization = str(item.name, 200) ?? str(item.company, 200)
    const summary = str(item.summary, 2000)
    experience.push({
      role,
      ...(organization ? { organization } : {}),
      ...(summary ? { summary } : {}),
      highlights: arr(item.highlights)
        .map((h) => str(h, 500))
        .filter((h): h is string => h !== undefined)
        .slice(0, 20),
    })
  }
  const passions = [...into.passions]
  for (const i of arr(r.interests)) {
    const name = str((i as Record<string, unknown>).name, 300)
    if (name && !passions.includes(name)) passions.push(name)
  }
  const name = into.name ?? str(basics.name, 120)
  const currentRole = into.currentRole ?? str(basics.label, 200)
  return {
    ...into,
    ...(name ? { name } : {}),
    ...(currentRole ? { currentRole } : {}),
    skills: skills.slice(0, 200),
    experience,
    passions: passions.slice(0, 50),
  }
}

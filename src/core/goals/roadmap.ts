import type { Dossier } from '../contracts/dossier.js'
import type { Goal, Profile } from '../contracts/profile.js'
import { findSkills, skillEntry } from '../vocab/skill-terms.js'

/** One roadmap item, with where it came from so nothing reads as invented. */
export interface RoadmapItem {
  text: string
  from: 'goal' | 'profile' | 'job' | 'dossier' | 'lexicon'
}

export interface Roadmap {
  goalId: string
  skills: RoadmapItem[]
  experience: RoadmapItem[]
  certifications: RoadmapItem[]
  trends: RoadmapItem[]
  /** What to find out where headway knows nothing: one question per empty section. */
  findOut: string[]
}

const lower = (s: string) => s.toLowerCase()

/**
 * A roadmap for one goal: skills to develop (named in the goal, wanted in the
 * profile, asked for by the job and not yet held), experience to gain (job
 * duties the profile does not show yet), certifications (known credentials for
 * those skills, lexicons/skills.json), trends to watch (the company's
 * initiatives). Built only from the inputs and the lexicon; where a section
 * stays empty it says what to find out instead of guessing.
 */
export function roadmap(goal: Goal, profile: Profile, dossier?: Dossier | null): Roadmap {
  const have = new Set(
    profile.skills
      .filter((s) => s.status === 'have')
      .map((s) => lower(skillEntry(s.name)?.name ?? s.name)),
  )
  const skills: RoadmapItem[] = []
  const seen = new Set<string>()
  const add = (name: string, from: RoadmapItem['from']) => {
    const key = lower(skillEntry(name)?.name ?? name)
    if (have.has(key) || seen.has(key)) return
    seen.add(key)
    skills.push({ text: name, from })
  }
  for (const m of findSkills(goal.text)) add(m.skill.name, 'goal')
  for (const s of profile.skills) if (s.status === 'want') add(s.name, 'profile')
  for (const s of dossier?.job?.skills ?? []) add(s, 'job')

  const experience: RoadmapItem[] = []
  const profileText = lower(
    [
      ...profile.experience.flatMap((e) => [e.role, e.summary ?? '', ...e.highlights]),
      ...profile.skills.map((s) => s.name),
    ].join(' '),
  )
  for (const r of dossier?.job?.responsibilities ?? []) {
    const named = findSkills(r.text).map((m) => m.skill.name)
    const shown = named.length > 0 && named.every((n) => profileText.includes(lower(n)))
    if (!shown) experience.push({ text: r.text, from: 'job' })
    if (experience.length >= 4) break
  }
  if (profile.careerChange) {
    for (const p of profile.careerChange.preparation)
      experience.push({ text: `Keep going: ${p}`, from: 'profile' })
  }

  const certifications: RoadmapItem[] = []
  for (const s of [
    ...skills.map((i) => i.text),
    ...findSkills(goal.text).map((m) => m.skill.name),
  ]) {
    for (const c of skillEntry(s)?.certifications ?? []) {
      if (!certifications.some((x) => x.text === c))
        certifications.push({ text: `${c} (for ${skillEntry(s)?.name ?? s})`, from: 'lexicon' })
    }
  }

  const trends: RoadmapItem[] = (dossier?.initiatives ?? [])
    .slice(0, 4)
    .map((i) => ({ text: i.text, from: 'dossier' }))

  const findOut: string[] = []
  const target = goal.text.replace(/[.!]+$/, '')
  if (skills.length === 0)
    findOut.push(
      `Which skills do people who have reached "${target}" list? Compare two or three job descriptions for it with your skills.`,
    )
  if (experience.length === 0)
    findOut.push(
      `What experience do people in that position have that you do not? Ask one of them, or a manager, what they would look for.`,
    )
  if (certifications.length === 0)
    findOut.push(
      'Does a certification count in this field? Check the job descriptions you compared, or ask someone in the role.',
    )
  if (trends.length === 0)
    findOut.push(
      `What is changing in your field that affects "${target}"? Note two or three developments from recent news or a company's plans.`,
    )
  return { goalId: goal.id, skills, experience, certifications, trends, findOut }
}

import type { Goal, Profile } from '../contracts/profile.js'
import { goalSignals } from '../lexicons/goal-signals.js'
import { readDocument } from '../text/document.js'
import { conceptIds } from '../vocab/concepts.js'
import { findSkills } from '../vocab/skill-terms.js'
import { findCues } from '../vocab/text-cues.js'
import { isContentWord, wordForm } from '../vocab/word-forms.js'
import { suggestHorizon } from './model.js'

export const SMART_PARTS = [
  'specific',
  'measurable',
  'achievable',
  'relevant',
  'time-bound',
] as const
export type SmartPart = (typeof SMART_PARTS)[number]

export interface SmartResult {
  part: SmartPart
  ok: boolean
  /** What earned or cost the part, in a few words. */
  why: string
  /** The concrete change that would make the part pass (only when it fails). */
  fix?: string
}

export interface SmartCheck {
  goalId: string
  parts: SmartResult[]
  /** Parts that pass, out of five. */
  passed: number
}

function addYears(iso: string, years: number): string {
  const [y = 2000, m = 1, d = 1] = iso.split('-').map(Number)
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`
}

function profileWords(profile: Profile): Set<string> {
  const texts = [
    ...profile.aspirations,
    ...profile.values,
    ...profile.passions,
    ...profile.skills.map((s) => s.name),
    profile.currentRole ?? '',
    profile.careerChange?.to ?? '',
    ...profile.experience.map((e) => e.role),
  ]
  const words = new Set<string>()
  for (const t of texts)
    for (const w of t.toLowerCase().split(/[^a-z0-9#+.]+/))
      if (isContentWord(w)) words.add(wordForm(w))
  return words
}

/**
 * The SMART check of one goal: specific, measurable, achievable, relevant,
 * time-bound, each with why and, when it fails, a concrete fix that uses the
 * person's own profile where it can (a skill they want, their aspiration).
 * `today` is an ISO date passed in.
 *
 * @example
 * smartCheck(goal, { today: '2026-11-25' }).parts.find((p) => p.part === 'time-bound')
 */
export function smartCheck(goal: Goal, options: { today: string; profile?: Profile }): SmartCheck {
  const { today, profile } = options
  const doc = readDocument(goal.text)
  const signals = goalSignals()
  const words = doc.words.length
  const skills = findSkills(doc)
  const roleCues = findCues(doc, signals.types.position)
  const fieldCues = findCues(doc, signals.types.industry)
  const vague = findCues(doc, signals.vague)
  const properNouns = doc.tokens.filter((t, i) => t.pos === 'PROPN' && i > 0)
  const parts: SmartResult[] = []
  const wantSkill = profile?.skills.find((s) => s.status === 'want')?.name

  const concrete = [
    ...skills.map((s) => s.skill.name),
    ...roleCues.map((c) => c.phrase).filter((p) => !signals.actionCues.includes(p)),
    ...fieldCues.map((c) => c.phrase),
    ...properNouns.map((t) => t.value),
    // Measurable targets and named arrangements are concrete too (RUBRIC.md "specific").
    ...doc.entities
      .filter((e) => ['CARDINAL', 'PERCENT', 'MONEY'].includes(e.type))
      .map((e) => goal.text.slice(e.start, e.end)),
    ...findCues(doc, signals.types.lifestyle).map((c) => c.phrase),
  ]
  if (vague.length > 0 && concrete.length === 0) {
    parts.push({
      part: 'specific',
      ok: false,
      why: `"${vague[0]?.phrase}" names nothing concrete`,
      fix: `Replace "${vague[0]?.phrase}" with the skill, role or field you mean${wantSkill ? `, e.g. "get good at ${wantSkill}"` : ', e.g. "lead the onboarding redesign" or "become a data analyst"'}.`,
    })
  } else if (concrete.length === 0 || words < 4) {
    parts.push({
      part: 'specific',
      ok: false,
      why: words < 4 ? 'too short to say what you will do' : 'no skill, role or field named',
      fix: `Name what you will do and in which area${wantSkill ? ` (for example ${wantSkill})` : ''}: a skill, a role, a project or a field.`,
    })
  } else {
    parts.push({
      part: 'specific',
      ok: true,
      why: `names ${[...new Set(concrete)].slice(0, 3).join(', ')}`,
    })
  }

  const numbers = doc.entities.filter((e) =>
    ['CARDINAL', 'PERCENT', 'MONEY', 'ORDINAL'].includes(e.type),
  )
  const measurableCues = findCues(doc, signals.measurable)
  if (numbers.length > 0 || measurableCues.length > 0 || goal.milestones.length > 0) {
    const what =
      numbers.length > 0
        ? 'a number'
        : measurableCues.length > 0
          ? `"${measurableCues[0]?.phrase}"`
          : `${goal.milestones.length} milestone(s)`
    parts.push({ part: 'measurable', ok: true, why: `${what} tells when it is done` })
  } else {
    parts.push({
      part: 'measurable',
      ok: false,
      why: 'nothing says how you will know it is done',
      fix:
        goal.type === 'skill'
          ? 'Add a finish line: a certification passed, a project shipped with the skill, or a piece of work you can show.'
          : goal.type === 'position'
            ? 'Add a finish line: the title you will hold, or the team size or scope you will lead.'
            : 'Add a finish line: a number, a date-stamped result, or milestones you can tick off.',
    })
  }

  const horizon = suggestHorizon(goal.text, today, goal.targetDate, goal.type)
  const overreach = findCues(doc, signals.unrealistic)
  const past = goal.targetDate !== undefined && goal.targetDate < today
  if (past) {
    parts.push({
      part: 'achievable',
      ok: false,
      why: `the target date ${goal.targetDate} has passed`,
      fix: `Move the target date after ${today}, or mark the goal done.`,
    })
  } else if (overreach.length > 0 && (horizon.years ?? (goal.horizon === 'short' ? 2 : 5)) < 5) {
    parts.push({
      part: 'achievable',
      ok: false,
      why: `"${overreach[0]?.phrase}" in ${horizon.years ?? 'under five'} year(s) is a big leap`,
      fix: `Give "${overreach[0]?.phrase}" a longer horizon, or name the next step toward it (the role one level up from where you are).`,
    })
  } else if (goal.horizon === 'long' && goal.milestones.length === 0) {
    parts.push({
      part: 'achievable',
      ok: false,
      why: 'a long goal with no milestones',
      fix: 'Break it into two or three milestones, the first within a year.',
    })
  } else {
    parts.push({
      part: 'achievable',
      ok: true,
      why:
        goal.milestones.length > 0 ? 'broken into milestones' : 'a reachable step for its horizon',
    })
  }

  const reason = /\b(because|so that|so i can|to help|in order to|which will|that will)\b/i.exec(
    goal.text,
  )
  const linked = profile
    ? doc.tokens
        .filter(
          (t) =>
            t.type === 'word' &&
            isContentWord(t.normal) &&
            profileWords(profile).has(wordForm(t.normal)),
        )
        .map((t) => t.value)
    : []
  const sharedConcepts = profile
    ? conceptIds(doc).filter((c) =>
        conceptIds(
          [...profile.values, ...profile.aspirations, ...profile.passions].join('. '),
        ).includes(c),
      )
    : []
  if (reason || linked.length > 0 || sharedConcepts.length > 0) {
    parts.push({
      part: 'relevant',
      ok: true,
      why: reason
        ? `gives a reason ("${reason[0]}")`
        : linked.length > 0
          ? `ties to your profile (${[...new Set(linked)].slice(0, 3).join(', ')})`
          : `shares ${sharedConcepts[0]} with your values`,
    })
  } else {
    const aspiration = profile?.aspirations[0]
    parts.push({
      part: 'relevant',
      ok: false,
      why: profile
        ? 'no link to your aspirations, values or skills'
        : 'no reason given (and no profile to relate it to)',
      fix: aspiration
        ? `Say how it leads toward "${aspiration}": add "because…" or "so that…".`
        : 'Add why it matters to you: "…because…" or "…so that I can…".',
    })
  }

  if (goal.targetDate || horizon.via !== 'guess') {
    parts.push({
      part: 'time-bound',
      ok: true,
      why: goal.targetDate ? `target date ${goal.targetDate}` : `"${horizon.evidence}"`,
    })
  } else {
    const suggested = addYears(today, goal.horizon === 'short' ? 1 : 5)
    parts.push({
      part: 'time-bound',
      ok: false,
      why: 'no date or time frame',
      fix: `Set a target date, e.g. ${suggested} (${goal.horizon === 'short' ? 'one year' : 'five years'} from today), or add "by ${suggested.slice(0, 4)}".`,
    })
  }

  return { goalId: goal.id, parts, passed: parts.filter((p) => p.ok).length }
}

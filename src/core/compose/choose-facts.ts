import type { Dossier } from '../contracts/dossier.js'
import type { CareerChange, Goal, Profile } from '../contracts/profile.js'
import { composePhrases } from '../lexicons/compose-phrases.js'
import { readDocument } from '../text/document.js'
import { timeExpressions } from '../text/time.js'
import { conceptIds } from '../vocab/concepts.js'
import { cleanPhrase, lowerFirst, toVerbPhrase } from '../vocab/phrasing.js'
import { findSkills, skillEntry } from '../vocab/skill-terms.js'
import { matchValue } from '../vocab/value-match.js'
import {
  companyPhrase,
  hasCompanyVoice,
  missionPhrase,
  spokenTitle,
  valueName,
} from '../vocab/voice.js'
import { isContentWord, wordForm } from '../vocab/word-forms.js'
import { sayableDuties, wholePhrase } from './duty.js'
import { type FitGap, fitGap } from './fit-gap.js'
import { type Achievement, bestAchievements, skillsToName } from './resume-facts.js'

/**
 * Choosing what a draft can say: every fact is picked from the inputs and put
 * into the candidate's voice here, before any sentence is written. A fact that
 * cannot be said cleanly is left out (null), never spliced into a template.
 */

/** A goal as a verb phrase, with whether it carries its own time ("within three years"). */
export interface GoalPhrase {
  text: string
  timed: boolean
}

export interface Facts {
  notes: string[]
  company: string | null
  title: string | null
  long: GoalPhrase | null
  short: GoalPhrase | null
  milestone: string | null
  /** A company value met by the person's own words. */
  valueTie: { value: string; mine: string } | null
  /** One of the person's own values the value tie does not say, for the 90-second drafts. */
  ownValue: string | null
  /** A company value to name alone, when none meets the person's words. */
  value: string | null
  mission: { kind: 'verb' | 'clause'; text: string } | null
  skills: { skills: string[]; matched: boolean }
  achievement: Achievement | null
  /** A second achievement, for the long drafts. */
  achievement2: Achievement | null
  /** A third achievement, for the 90-second drafts. */
  achievement3: Achievement | null
  /** The open milestone after `milestone`, for the 90-second drafts. */
  milestone2: string | null
  passion: string | null
  want: string | null
  /** The duty the person can contribute to most, as a verb phrase. */
  duty: string | null
  /** A second duty, for the long drafts. */
  duty2: string | null
  /** True when the second duty names a skill the person has: only then is readiness claimed. */
  duty2Claimed: boolean
  /** A third duty, said as something to learn, for the 90-second drafts. */
  duty3: string | null
  /** A requirement of the role as a noun phrase ("strong SQL and Excel skills"), said without claiming it. */
  requirement: string | null
  /** One or two company values the value sentences do not name. */
  moreValues: string[]
  /** A noun phrase for the contribution when no duty reads as a verb phrase. */
  contribution: string | null
  closeSkill: string | null
  /** An initiative as a noun phrase in the candidate's voice. */
  initiative: string | null
  /** A second initiative, for the long drafts. */
  initiative2: string | null
  /** What the person would ask back about the first initiative: "how the Data Analyst role would take part in it". */
  askBack: string | null
  careerChange: CareerChange | null
  gap: FitGap | null
}

/** True when a phrase reads as a private wish that leaves the role (own studio, retiring). */
export function isPrivateWish(text: string): boolean {
  const lower = ` ${text.toLowerCase()} `
  return composePhrases().privateWishes.some(
    (w) => lower.includes(` ${w} `) || lower.includes(` ${w},`) || lower.includes(` ${w}.`),
  )
}

/** True when a reason for changing careers is told as a push away (a complaint). */
export function isNegativeReason(text: string): boolean {
  const lower = ` ${text.toLowerCase().replace(/[.,;:!]/g, ' ')} `
  return composePhrases().negativeReasons.some((w) => lower.includes(` ${w} `))
}

/**
 * The person's own "our" means the team they will be on: "cut our response
 * time" is said "cut the team's response time", so no company-voice pronoun
 * reaches the draft.
 */
function ownVoice(text: string): string {
  return text.replace(/\bour\b/gi, "the team's").replace(/\bus\b/g, 'the team')
}

/** True when the phrase names a time ahead of its own ("within three years", "by 2030"). */
function hasTime(text: string): boolean {
  return timeExpressions(readDocument(text)).some((t) => t.ahead)
}

/** True when most content words of a milestone already appear in its goal (no news to say). */
function restates(milestone: string, goal: string): boolean {
  const goalForms = new Set(
    goal
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(isContentWord)
      .map(wordForm),
  )
  const words = milestone
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(isContentWord)
  return (
    words.length > 0 && words.filter((w) => goalForms.has(wordForm(w))).length / words.length >= 0.6
  )
}

function sameSkill(a: string, b: string): boolean {
  const ea = skillEntry(a)?.name ?? a
  const eb = skillEntry(b)?.name ?? b
  return ea.toLowerCase() === eb.toLowerCase()
}

/** The company value best met by the person's own words, or the first value alone. */
function chooseValue(
  profile: Profile,
  goals: readonly Goal[],
  dossier: Dossier | null,
): { valueTie: Facts['valueTie']; value: string | null } {
  let valueTie: Facts['valueTie'] = null
  let value: string | null = null
  let matched: string | null = null
  const ownPhrases = [...profile.values, ...profile.passions]
  const fromGoals = ownPhrases.length === 0
  const personPhrases = fromGoals ? goals.map((g) => g.text) : ownPhrases
  const rank = { exact: 0, 'word-form': 1, concept: 2 } as const
  let bestRank = 9
  // A value holding their "our" or "us" ("We help each other be our best") cannot be said, even quoted.
  for (const v of (dossier?.values ?? []).filter(
    (x) => !/\b(?:our|ours|us|ourselves)\b/i.test(x.name),
  )) {
    value ??= valueName(v.name).text
    const nameConcepts = new Set(conceptIds(v.name))
    for (const phrase of personPhrases) {
      for (const m of matchValue(readDocument(phrase), v.name, v.description)) {
        // A concept the value's own name carries beats one only its description mentions.
        const r =
          rank[m.via] +
          (m.via === 'concept' && m.concept && !nameConcepts.has(m.concept.id) ? 1 : 0)
        if (r >= bestRank) continue
        bestRank = r
        // A goal is not a value: without value words of their own, name the company's value alone.
        if (fromGoals) matched = valueName(v.name).text
        else
          valueTie = {
            value: valueName(v.name).text,
            mine: lowerFirst(ownVoice(cleanPhrase(phrase))),
          }
      }
    }
  }
  return { valueTie, value: matched ?? value }
}

/**
 * A requirement as the thing asked for: "You bring 4+ years of sales experience" and
 * "Fluent German is required" are said "4+ years of sales experience", "fluent German".
 */
function requirementNoun(text: string): string {
  return cleanPhrase(text)
    .replace(/^you\s+(?:bring|have|hold|are)\s+/i, '')
    .replace(/\s+(?:is|are)\s+(?:required|a plus|a bonus|preferred|essential|desirable)$/i, '')
    .replace(/\s+(?:required|preferred)$/i, '')
}

/** The company values the draft has not named yet, by their names; none that holds their "our" or "us". */
function otherValues(
  dossier: Dossier | null,
  said: ReadonlyArray<string | null | undefined>,
): string[] {
  return (dossier?.values ?? [])
    .filter((v) => !hasCompanyVoice(v.name))
    .map((v) => valueName(v.name).text)
    .filter((name) => !said.includes(name))
}

/**
 * The mission as a phrase a person can repeat, or null: "to accomplish" (from "everything
 * we set out to accomplish") is a verb without its object, not a mission.
 */
function sayableMission(text: string | undefined): Facts['mission'] {
  const m = text ? missionPhrase(text) : null
  if (!m) return null
  const verb = m.kind === 'verb' ? m.text : m.text.replace(/^you\s+/, '')
  return wholePhrase(verb) ? m : null
}

/** Everything the drafts can say, chosen once from the inputs and put in the candidate's voice. */
export function chooseFacts(
  profile: Profile,
  goals: readonly Goal[],
  dossier: Dossier | null,
): Facts {
  const notes: string[] = []
  const usable = (g: Goal) => {
    if (g.type === 'lifestyle') {
      notes.push(
        `Left out "${g.text}": a lifestyle goal is yours to weigh at the offer stage, not the headline of this answer.`,
      )
      return false
    }
    if (!isPrivateWish(g.text)) return true
    notes.push(
      `Left out "${g.text}": it reads as a plan outside this role (see the honest version).`,
    )
    return false
  }
  const longGoal = goals.filter((g) => g.horizon === 'long').find(usable)
  const aspiration = profile.aspirations.find((a) => !isPrivateWish(a))
  const shortGoal = goals.filter((g) => g.horizon === 'short').find(usable)
  const wants = profile.skills.filter((s) => s.status === 'want').map((s) => s.name)
  const haves = profile.skills.filter((s) => s.status === 'have').map((s) => s.name)

  const longText = longGoal?.text ?? aspiration ?? null
  const gap = fitGap(longText, dossier)
  let long: GoalPhrase | null = null
  if (gap) {
    notes.push(gap.message)
    if (gap.bridge) long = { text: toVerbPhrase(ownVoice(gap.bridge)), timed: false }
  } else if (longText) {
    const text = toVerbPhrase(ownVoice(longText))
    const timed = hasTime(text)
    long =
      longGoal?.targetDate && !timed
        ? { text: `${text} by ${longGoal.targetDate.slice(0, 4)}`, timed: true }
        : { text, timed }
  }

  let short: GoalPhrase | null = null
  let shortSkill: string | undefined
  if (shortGoal) {
    // The templates say "in my first year" themselves: drop the goal's own first-year phrase.
    const text = toVerbPhrase(
      ownVoice(
        shortGoal.text.replace(/,?\s+(?:in|within|during|over)\s+(?:my|the)\s+first\s+year\b/i, ''),
      ),
    )
    short = { text, timed: hasTime(text) }
  } else if (wants[0]) {
    shortSkill = wants[0]
    short = { text: `build my ${wants[0]} skills`, timed: false }
  }

  const { valueTie, value } = chooseValue(profile, goals, dossier)
  const job = dossier?.job ?? null
  const roleSkills = [
    ...(job?.skills ?? []),
    ...(job?.requirements ?? []).flatMap((r) => findSkills(r.text).map((m) => m.skill.name)),
  ]
  const skills = skillsToName(haves, roleSkills)

  // The duty the person can contribute to most: one naming a skill they have.
  const duties = (job?.responsibilities ?? []).map((d) => d.text)
  const ranked = [
    ...duties.filter((d) =>
      findSkills(d).some((m) => haves.some((h) => sameSkill(h, m.skill.name))),
    ),
    ...duties,
  ]
  // Only lines that are responsibilities, said whole (duty.ts): not a schedule, a place or a team.
  const dutyPhrases = sayableDuties(ranked)
  const duty = dutyPhrases[0] ?? null
  const duty2 = dutyPhrases[1] ?? null
  const namesOwnSkill = (text: string) =>
    findSkills(text).some((m) => haves.some((h) => sameSkill(h, m.skill.name)))
  // A requirement naming a skill the person has is the one worth raising.
  const requirements = [...(job?.requirements ?? []), ...(job?.niceToHave ?? [])].map((r) => r.text)
  const requirement =
    [...requirements.filter(namesOwnSkill), ...requirements]
      .map((r) => companyPhrase(requirementNoun(r), 14))
      // "B.S" or "U.S" is what is left of a line cut at an abbreviation's dot: not a requirement
      .find(
        (p) =>
          p?.kind === 'noun' &&
          !/\b(you|your)\b/i.test(p.text) &&
          p.text.split(/\s+/).length >= 2 &&
          !/\b\p{Lu}\.\p{Lu}$/u.test(p.text),
      )?.text ?? null

  const goalWords = new Set(
    goals.flatMap((g) => g.text.toLowerCase().split(/\W+/)).filter((w) => w.length > 4),
  )
  const initiatives = [...(dossier?.initiatives ?? [])].sort(
    (a, b) =>
      Number(
        b.text
          .toLowerCase()
          .split(/\W+/)
          .some((w) => goalWords.has(w)),
      ) -
      Number(
        a.text
          .toLowerCase()
          .split(/\W+/)
          .some((w) => goalWords.has(w)),
      ),
  )
  const plans = initiatives.map((i) => companyPhrase(i.text)?.noun).filter((p) => p !== undefined)
  const initiative = plans[0] ?? null
  const contribution =
    duty === null
      ? (duties.map((d) => companyPhrase(d)).find((p) => p?.kind === 'noun')?.noun ??
        initiative ??
        (dossier?.products[0] ? `the work on ${dossier.products[0].name}` : null))
      : null

  // "I'd bring Figma to help build your design system in Figma": a skill the duty names is not
  // said twice, so the close names a skill the role asks for that the duty does not.
  const inDuty = (skill: string) =>
    duty !== null && findSkills(duty).some((m) => sameSkill(m.skill.name, skill))
  const closeSkill = skills.matched ? (skills.skills.find((s) => !inDuty(s)) ?? null) : null

  const goalText = [shortGoal?.text, longGoal?.text].join(' ').toLowerCase()
  const want = wants.find((w) => w !== shortSkill && !goalText.includes(w.toLowerCase())) ?? null
  // The next open milestone of a goal the draft speaks about: the person's own plan, step by step.
  // One sentence holds one horizon, so a milestone with its own date is not said.
  const milestones = [shortGoal, longGoal]
    .flatMap((g) => g?.milestones.filter((m) => !m.done && !restates(m.text, g.text)) ?? [])
    .map((m) => m.text)
    .filter((m) => !hasTime(m))
    .map((m) => toVerbPhrase(ownVoice(m)))

  const achievements = bestAchievements(profile, roleSkills, 3)
  const title = job?.title ? spokenTitle(job.title) : null
  return {
    notes,
    company: dossier?.name ?? job?.company ?? null,
    title,
    long,
    short,
    milestone: milestones[0] ?? null,
    milestone2: milestones[1] ?? null,
    valueTie,
    ownValue:
      profile.values
        .map((v) => lowerFirst(ownVoice(cleanPhrase(v))))
        .find((v) => v !== valueTie?.mine && !isPrivateWish(v)) ?? null,
    value,
    mission: sayableMission(dossier?.mission?.text),
    skills,
    achievement: achievements[0] ?? null,
    achievement2: achievements[1] ?? null,
    achievement3: achievements[2] ?? null,
    // The value tie may already say the first passion ("… matters to me too"): not twice.
    passion:
      profile.passions
        .map((p) => lowerFirst(ownVoice(cleanPhrase(p))))
        .find((p) => p !== valueTie?.mine) ?? null,
    want: want ? (skillEntry(want)?.name ?? lowerFirst(want)) : null,
    duty,
    duty2,
    duty2Claimed: duty2 !== null && namesOwnSkill(duty2),
    duty3: dutyPhrases[2] ?? null,
    requirement,
    moreValues: otherValues(dossier, [valueTie?.value, value]).slice(0, 2),
    contribution,
    closeSkill,
    initiative,
    initiative2: plans[1] ?? null,
    askBack: initiative
      ? `how ${title ? `the ${title} role` : 'this role'} would take part in it`
      : null,
    careerChange: profile.careerChange ?? null,
    gap,
  }
}

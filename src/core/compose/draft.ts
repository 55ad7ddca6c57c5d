import { conceptIds } from '../align/concepts.js'
import { matchValue } from '../align/value-match.js'
import { isContentWord, wordForm } from '../align/word-forms.js'
import type { Dossier } from '../contracts/dossier.js'
import type { Goal, Profile } from '../contracts/profile.js'
import type { QuestionKind } from '../contracts/report.js'
import { findSkills, skillEntry } from '../goals/skill-terms.js'
import { composePhrases } from '../lexicons/compose-phrases.js'
import { readDocument } from '../text/document.js'
import {
  article,
  cleanPhrase,
  fill,
  joinList,
  lowerFirst,
  pick,
  predicate,
  toVerbPhrase,
} from './phrasing.js'

export const DRAFT_LENGTHS = [30, 60, 90] as const
export type DraftLength = (typeof DRAFT_LENGTHS)[number]

/** A marked gap in a draft where an input is missing. */
export interface Placeholder {
  slot: string
  /** As it appears in the draft, e.g. "[your first-year goal]". */
  text: string
  /** What to add to the profile, goals or dossier to fill it. */
  hint: string
}

export interface Draft {
  question: QuestionKind
  length: DraftLength
  text: string
  words: number
  /** Estimated at 140 words a minute. */
  seconds: number
  placeholders: Placeholder[]
  /** True when the draft has no placeholder left. */
  complete: boolean
}

export interface ComposeInput {
  profile: Profile
  goals: readonly Goal[]
  dossier: Dossier | null
  /** Chooses among wording variants; the same seed gives the same drafts. */
  seed?: string
}

export interface ComposeResult {
  drafts: Draft[]
  placeholders: Placeholder[]
  /** What the composer chose to leave out and why (a private wish, a negative reason). */
  notes: string[]
}

export const WPM = 140

interface Sentence {
  slot: string
  text: string
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

/** Cut a long statement at its first clause break after eight words, so a draft sentence stays speakable. */
function shorten(text: string, maxWords = 24): string {
  const words = text.split(/\s+/)
  if (words.length <= maxWords) return text
  const head = words.slice(0, maxWords).join(' ')
  const cut = /^(.{40,}?)(?:,\s|\s(?:so that|which|while|and so)\s|;\s|\s—\s)/.exec(head)
  return (cut?.[1] ?? head).replace(/[,;:]$/, '')
}

/**
 * An initiative as a verb phrase: "Next year we will open a depot in Moncton" →
 * "open a depot in Moncton next year"; other phrasings pass through.
 */
const WE_WILL =
  /^(?:we|our team|the company)\s+(?:will|'ll|’ll|plan to|are going to|aim to|intend to|are about to|are|'re|’re)\s+(?:(?:committed|working|planning|aiming|set) to\s+)?(.+)$/i

export function initiativePhrase(text: string): ReturnType<typeof predicate> {
  let t = cleanPhrase(shorten(text))
  const time =
    /^((?:next|this|later this|early next) (?:year|quarter|spring|summer|fall|autumn|winter)|in (?:19|20)\d\d|by (?:19|20)\d\d|over the next [a-z]+ years?),?\s+/i.exec(
      t,
    )
  if (time?.[1]) t = t.slice(time[0].length)
  t = t.split(/,?\s+and\s+(?:we|our)\s+/i)[0] ?? t
  const we = WE_WILL.exec(t)
  if (we?.[1]) t = we[1]
  return predicate(time?.[1] ? `${t} ${time[1].toLowerCase()}` : t)
}

/** A duty up to where the posting turns to "and you will…" or a second clause. */
function firstClause(text: string): string {
  return text.split(/\s*(?:;|,?\s+and you(?:'ll|’ll| will)\s|,?\s+while you\s)/i)[0] ?? text
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

/** The possessive of a name: "Ledgerly's", "Wayfarer Robotics'". */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`
}

/** The sentence that states a mission, turned into "to {…}" when it can be. */
function missionPhrase(text: string): { kind: 'verb' | 'statement'; text: string } {
  const t = shorten(cleanPhrase(text))
  const m =
    /\b(?:exists?|mission is|purpose is|here|aim is|we work|set out)\s+to\s+(.+)$/i.exec(t) ??
    /^to\s+(.+)$/i.exec(t)
  if (m?.[1]) return { kind: 'verb', text: m[1] }
  // "We design products that…" → "design products that…"
  const we = /^we\s+(.+)$/i.exec(t)
  if (we?.[1] && predicate(we[1]).kind === 'verb') return { kind: 'verb', text: we[1] }
  return { kind: 'statement', text: lowerFirst(t) }
}

function sameSkill(a: string, b: string): boolean {
  const ea = skillEntry(a)?.name ?? a.toLowerCase()
  const eb = skillEntry(b)?.name ?? b.toLowerCase()
  return ea.toLowerCase() === eb.toLowerCase()
}

/** Everything the templates can say, gathered once from the inputs. */
function gather(input: ComposeInput) {
  const { profile, goals, dossier } = input
  const notes: string[] = []
  const company = dossier?.name ?? dossier?.job?.company ?? null
  const title = dossier?.job?.title ?? null

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

  let long: string | null = null
  if (longGoal) {
    long = toVerbPhrase(longGoal.text)
    const timed = /\b(19|20)\d\d\b|\byears?\b/.test(longGoal.text)
    if (longGoal.targetDate && !timed) long += ` by ${longGoal.targetDate.slice(0, 4)}`
  } else if (aspiration) long = toVerbPhrase(aspiration)

  let short: string | null = null
  let shortSkill: string | undefined
  if (shortGoal) {
    // The templates already say "in my first year": drop the goal's own first-year phrase.
    short = toVerbPhrase(
      shortGoal.text.replace(/,?\s+(?:in|within|during|over)\s+(?:my|the)\s+first\s+year\b/i, ''),
    )
  } else if (wants[0]) {
    shortSkill = wants[0]
    short = `build my ${wants[0]} skills`
  }

  // The value tie: a company value met by the person's own words.
  let valueTie: { value: string; mine: string } | null = null
  let firstValue: string | null = null
  let matchedValue: string | null = null
  // The person's own words for what matters to them; goal texts only as a last resort.
  const ownPhrases = [...profile.values, ...profile.passions]
  const fromGoals = ownPhrases.length === 0
  const personPhrases = fromGoals ? goals.map((g) => g.text) : ownPhrases
  const rank = { exact: 0, 'word-form': 1, concept: 2 } as const
  let bestRank = 9
  for (const v of dossier?.values ?? []) {
    firstValue ??= v.name
    const nameConcepts = new Set(conceptIds(v.name))
    for (const phrase of personPhrases) {
      const matches = matchValue(readDocument(phrase), v.name, v.description)
      for (const m of matches) {
        // A concept the value's own name carries beats one only its description mentions.
        const r =
          rank[m.via] +
          (m.via === 'concept' && m.concept && !nameConcepts.has(m.concept.id) ? 1 : 0)
        if (r < bestRank) {
          bestRank = r
          // A goal is not a value: without value words of their own, name the company's value alone.
          valueTie = fromGoals ? null : { value: v.name, mine: lowerFirst(cleanPhrase(phrase)) }
          if (fromGoals) matchedValue = v.name
        }
      }
    }
  }

  const mission = dossier?.mission ? missionPhrase(dossier.mission.text) : null

  const jobSkills = dossier?.job?.skills ?? []
  const matchedSkills = haves.filter(
    (h) =>
      jobSkills.some((j) => sameSkill(h, j)) ||
      (dossier?.job?.requirements ?? []).some((r) =>
        findSkills(r.text).some((m) => sameSkill(m.skill.name, h)),
      ),
  )
  const skillList = (matchedSkills.length > 0 ? matchedSkills : haves).slice(0, 3)

  const exp = profile.experience.find((e) => e.highlights.length > 0) ?? profile.experience[0]
  let highlight: {
    role: string
    org: string
    text: string
    kind: 'verb' | 'noun' | 'past'
  } | null = null
  if (exp?.highlights[0]) {
    const p = predicate(exp.highlights[0])
    const role = cleanPhrase(exp.role)
    highlight = {
      role: `${article(role)} ${role}`,
      org: exp.organization ? ` at ${exp.organization}` : '',
      text: p.text,
      kind: p.kind,
    }
  }

  const passion = profile.passions[0] ? lowerFirst(cleanPhrase(profile.passions[0])) : null
  const goalText = [shortGoal?.text, longGoal?.text].join(' ').toLowerCase()
  const want = wants.find((w) => w !== shortSkill && !goalText.includes(w.toLowerCase())) ?? null
  // The next open milestone of a goal the draft speaks about: the person's own plan, step by step.
  const nextMilestone =
    [shortGoal, longGoal].flatMap(
      (g) => g?.milestones.filter((m) => !m.done && !restates(m.text, g.text)) ?? [],
    )[0]?.text ?? null

  // The duty the person can contribute to most: one naming a skill they have.
  const duties = dossier?.job?.responsibilities ?? []
  const duty =
    duties.find((d) =>
      findSkills(d.text).some((m) => haves.some((h) => sameSkill(h, m.skill.name))),
    ) ?? duties[0]
  const initiatives = dossier?.initiatives ?? []
  const goalWords = new Set(
    goals.flatMap((g) => g.text.toLowerCase().split(/\W+/)).filter((w) => w.length > 4),
  )
  const initiative =
    initiatives.find((i) =>
      i.text
        .toLowerCase()
        .split(/\W+/)
        .some((w) => goalWords.has(w)),
    ) ?? initiatives[0]
  let resp: { text: string; kind: 'verb' | 'noun' } | null = null
  const asResp = (t: string) => {
    const p = predicate(t)
    return { text: p.text, kind: p.kind === 'verb' ? ('verb' as const) : ('noun' as const) }
  }
  if (duty) resp = asResp(shorten(firstClause(duty.text)))
  else if (initiative) {
    const p = initiativePhrase(initiative.text)
    resp = { text: p.text, kind: p.kind === 'verb' ? 'verb' : 'noun' }
  } else if (dossier?.products[0])
    resp = { text: `the work on ${dossier.products[0].name}`, kind: 'noun' }
  const closeSkill =
    matchedSkills[0] ??
    (duty
      ? haves.find((h) => findSkills(duty.text).some((m) => sameSkill(m.skill.name, h)))
      : undefined) ??
    haves[0] ??
    null

  if (matchedValue) firstValue = matchedValue
  return {
    notes,
    company,
    title,
    long,
    short,
    valueTie,
    firstValue,
    mission,
    skillList,
    matchedSkills,
    highlight,
    passion,
    want,
    milestone: nextMilestone ? toVerbPhrase(nextMilestone) : null,
    resp,
    closeSkill,
    initiative,
    careerChange: profile.careerChange,
  }
}

type Facts = ReturnType<typeof gather>

const PLACEHOLDERS: Record<string, Placeholder> = {
  long: {
    slot: 'long',
    text: '[your long-term goal]',
    hint: 'Add a long-term goal (horizon long) or an aspiration to the profile.',
  },
  short: {
    slot: 'short',
    text: '[your first-year goal]',
    hint: 'Add a short-term goal (horizon short) or a skill you want to build.',
  },
  company: {
    slot: 'company',
    text: '[company name]',
    hint: 'The dossier has no company name: give the company page or set "name".',
  },
  tie: {
    slot: 'tie',
    text: '[what draws you to the company: a value, the mission or the role]',
    hint: 'The dossier has no values, mission or job title: add the company page or the job description.',
  },
  resp: {
    slot: 'resp',
    text: '[a duty of the role you will contribute to]',
    hint: 'Add the job description so the draft can name a duty of the role.',
  },
  reason: {
    slot: 'reason',
    text: '[what draws you to the new field]',
    hint: 'Add careerChange.reason, told as what draws you to the new field.',
  },
  transferable: {
    slot: 'transferable',
    text: '[skills you bring from your old field]',
    hint: 'Add careerChange.transferableSkills.',
  },
}

/** Build the sentences of one draft, in order: headline first, contribution last. */
function sentences(
  f: Facts,
  question: QuestionKind,
  length: DraftLength,
  seed: string,
): Sentence[] {
  const slots = composePhrases().slots
  const company = f.company ?? PLACEHOLDERS.company?.text ?? ''
  const say = (slot: string, values: Record<string, string>, variantSlot = slot): Sentence => ({
    slot,
    text: fill(
      pick(slots[variantSlot] ?? [''], seed, `${question}:${length}:${slot}`),
      values,
    ).replaceAll(`${company}'s`, () => possessive(company)),
  })
  const out: Sentence[] = []

  const headline = say('headline', { long: f.long ?? PLACEHOLDERS.long?.text ?? '' })
  const short = say('short', { short: f.short ?? PLACEHOLDERS.short?.text ?? '' })
  let tie: Sentence
  let second: Sentence | null = null
  const missionSentence = f.mission
    ? f.mission.kind === 'verb'
      ? say('mission', { company, mission: f.mission.text })
      : say('mission', { company, mission: f.mission.text }, 'missionStatement')
    : null
  if (f.valueTie) {
    tie = say('tie', { company, value: f.valueTie.value, mine: f.valueTie.mine }, 'valueTie')
    second = missionSentence
  } else if (missionSentence) {
    tie = missionSentence
  } else if (f.firstValue) {
    tie = say('tie', { company, value: f.firstValue }, 'valueOnly')
  } else if (f.title) {
    tie = say('tie', { company, title: f.title }, 'roleTie')
  } else {
    tie = { slot: 'tie', text: `${PLACEHOLDERS.tie?.text}.` }
  }
  if (!second && f.title && tie.slot === 'tie' && !tie.text.includes(f.title))
    second = say('role', { company, title: f.title }, 'roleTie')

  const close = !f.resp
    ? say('close', { company, resp: PLACEHOLDERS.resp?.text ?? '' }, 'closeNoun')
    : f.resp.kind === 'noun'
      ? say('close', { company, resp: f.resp.text }, 'closeNoun')
      : f.closeSkill
        ? say('close', { company, resp: f.resp.text, skill: `my ${f.closeSkill} skills` })
        : say('close', { company, resp: f.resp.text }, 'closeNoSkill')

  const highlight = f.highlight
    ? say(
        'highlight',
        { role: f.highlight.role, org: f.highlight.org, highlight: f.highlight.text },
        f.highlight.kind === 'noun' ? 'highlightNoun' : 'highlight',
      )
    : null
  const skills =
    f.skillList.length > 0
      ? say(
          'skills',
          { skills: joinList(f.skillList) },
          f.matchedSkills.length > 0 ? 'skills' : 'skillsOwn',
        )
      : null
  const passion = f.passion ? say('passion', { passion: f.passion }) : null
  const learning = f.want ? say('learning', { want: f.want }) : null
  const milestone = f.milestone ? say('milestone', { milestone: f.milestone }) : null
  const initiative = f.initiative
    ? (() => {
        const p = initiativePhrase(f.initiative.text)
        return say(
          'initiative',
          { initiative: p.text },
          p.kind === 'verb' ? 'initiative' : 'initiativeNoun',
        )
      })()
    : null

  if (question === 'career-change' && f.careerChange) {
    const cc = f.careerChange
    const reason =
      cc.reason && !isNegativeReason(cc.reason)
        ? lowerFirst(cleanPhrase(cc.reason))
        : (PLACEHOLDERS.reason?.text ?? '')
    const from = lowerFirst(cc.from)
    const to = lowerFirst(cc.to)
    out.push(say('switch', { from, to, reason }))
    out.push(
      say('transferable', {
        from,
        to,
        transferable:
          cc.transferableSkills.length > 0
            ? joinList(cc.transferableSkills.slice(0, 3).map((s) => lowerFirst(s)))
            : (PLACEHOLDERS.transferable?.text ?? ''),
      }),
    )
    const prepSentence = preparation(cc.preparation.slice(0, length === 30 ? 1 : 2), say)
    if (prepSentence) out.push(prepSentence)
    out.push(headline)
    if (length >= 60) out.push(short, tie)
    if (length >= 90) {
      if (highlight) out.push(highlight)
      if (passion) out.push(passion)
      if (initiative) out.push(initiative)
    }
    out.push(close)
    return out
  }

  out.push(headline, short)
  // A career changer's goals answer still shows the preparation behind the switch.
  const changerPrep =
    f.careerChange && length >= 60 ? preparation(f.careerChange.preparation.slice(0, 1), say) : null
  if (changerPrep) out.push(changerPrep)
  if (length === 30) {
    out.push(tie, close)
    return out
  }
  if (length === 60) {
    const proof = highlight ?? skills
    if (proof) out.push(proof)
    out.push(tie)
    const motive = passion ?? learning
    if (motive) out.push(motive)
    out.push(close)
    return out
  }
  for (const s of [milestone, highlight, skills, tie, second, passion, learning, initiative])
    if (s) out.push(s)
  out.push(close)
  return out
}

/** "To prepare, I completed X and built Y", with noun-phrase items said apart. */
function preparation(
  items: readonly string[],
  say: (slot: string, v: Record<string, string>, variant?: string) => Sentence,
): Sentence | null {
  const preds = items.map((p) => predicate(p))
  const done = preds.filter((p) => p.kind !== 'noun').map((p) => p.text)
  const nouns = preds.filter((p) => p.kind === 'noun').map((p) => p.text)
  if (done.length > 0 && nouns.length > 0)
    return say('prep', { prep: joinList(done), items: joinList(nouns) }, 'prepMixed')
  if (done.length > 0) return say('prep', { prep: joinList(done) })
  if (nouns.length > 0) return say('prep', { prep: joinList(nouns) }, 'prepNoun')
  return null
}

function placeholdersIn(text: string): Placeholder[] {
  return Object.values(PLACEHOLDERS).filter((p) => text.includes(p.text))
}

/** Fit a draft to its length: drop optional middle sentences while it runs well over. */
function fitLength(list: Sentence[], length: DraftLength): Sentence[] {
  const target = (length / 60) * WPM
  const words = (s: Sentence[]) => s.reduce((n, x) => n + x.text.split(/\s+/).length, 0)
  const optional = ['milestone', 'initiative', 'learning', 'passion', 'role', 'skills', 'highlight']
  const out = [...list]
  for (const slot of optional) {
    if (words(out) <= target * 1.3) break
    const i = out.findIndex((s, k) => s.slot === slot && k > 0 && k < out.length - 1)
    if (i >= 0) out.splice(i, 1)
  }
  return out
}

/**
 * Drafts of an answer in three lengths (about 30, 60 and 90 seconds at 140 words
 * a minute) following the structure hiring managers ask for: the long-term
 * aspiration first, the short-term step, the tie to the company's named values or
 * mission, and a last sentence on what the person will contribute. Only facts
 * from the inputs are used; where one is missing the draft holds a marked
 * placeholder such as "[your first-year goal]". Wording varies by `seed`
 * (deterministic), and the person's own phrases are reused. With a career-change
 * profile, drafts for "why are you changing careers" come too.
 *
 * @example
 * composeDrafts({ profile, goals, dossier, seed: 'ana' }).drafts.map((d) => d.length) // [30, 60, 90]
 */
export function composeDrafts(
  input: ComposeInput,
  lengths: readonly DraftLength[] = DRAFT_LENGTHS,
): ComposeResult {
  const f = gather(input)
  const seed = input.seed ?? input.profile.name ?? 'headway'
  const questions: QuestionKind[] = input.profile.careerChange
    ? ['career-goals', 'career-change']
    : ['career-goals']
  if (input.profile.careerChange?.reason && isNegativeReason(input.profile.careerChange.reason)) {
    f.notes.push(
      `Left out the reason "${input.profile.careerChange.reason}": it tells the change as a push away. Say what draws you to ${input.profile.careerChange.to} instead.`,
    )
  }
  const drafts: Draft[] = []
  for (const question of questions) {
    for (const length of lengths) {
      const text = fitLength(sentences(f, question, length, seed), length)
        .map((s) => s.text)
        .join(' ')
      const words = text.split(/\s+/).filter(Boolean).length
      const placeholders = placeholdersIn(text)
      drafts.push({
        question,
        length,
        text,
        words,
        seconds: Math.round((words / WPM) * 60),
        placeholders,
        complete: placeholders.length === 0,
      })
    }
  }
  const all = new Map<string, Placeholder>()
  for (const d of drafts) for (const p of d.placeholders) all.set(p.slot, p)
  return { drafts, placeholders: [...all.values()], notes: [...new Set(f.notes)] }
}

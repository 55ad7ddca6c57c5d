import type { Dossier } from '../contracts/dossier.js'
import type { Goal, Profile } from '../contracts/profile.js'
import { wordSet } from '../lexicons/index.js'
import { readDocument } from '../text/document.js'
import { conceptsOf } from '../vocab/concepts.js'
import { findSkills, skillEntry } from '../vocab/skill-terms.js'
import { isContentWord, wordForm } from '../vocab/word-forms.js'
import { type QuestionToAsk, questionsToAsk } from './questions.js'

export type RowKind = 'goal' | 'skill' | 'value' | 'experience'
export type ColumnKind =
  | 'value'
  | 'mission'
  | 'initiative'
  | 'requirement'
  | 'responsibility'
  | 'skill'

/** One overlap between something of the person's and something of the company's, with why. */
export interface AlignMatch {
  row: { kind: RowKind; text: string }
  column: { kind: ColumnKind; text: string }
  via: 'skill' | 'shared-words' | 'word-forms' | 'concept'
  /** The words or concept labels both sides share. */
  shared: string[]
  /** A one-line reason a person can read. */
  why: string
  /** 0 to 1: a named skill or several shared words score higher than one concept. */
  strength: number
}

export interface Alignment {
  matches: AlignMatch[]
  /** Role requirements and skills the profile does not show. */
  gaps: Array<{ kind: 'requirement' | 'skill'; text: string }>
  talkingPoints: string[]
  questions: QuestionToAsk[]
}

/**
 * How a word sits in its phrase: a noun before another noun modifies it ("exam" in
 * "exam room", "staff" in "staff engineer"); a noun that ends its run is the head
 * ("CKA exam", "support staff"); any other word is 'other'.
 */
type WordRole = 'head' | 'modifier' | 'other'

interface Item<K> {
  kind: K
  text: string
  words: Map<string, string>
  forms: Map<string, string>
  /** Each word form's roles in this text. */
  roles: Map<string, Set<WordRole>>
  concepts: Map<string, string>
  skills: Set<string>
}

const NOMINAL = new Set(['NOUN', 'PROPN'])

function item<K>(kind: K, text: string): Item<K> {
  const doc = readDocument(text)
  const words = new Map<string, string>()
  const forms = new Map<string, string>()
  const roles = new Map<string, Set<WordRole>>()
  doc.tokens.forEach((t, i) => {
    if (t.type !== 'word') return
    const n = t.normal.replace(/’/g, "'")
    if (!isContentWord(n)) return
    words.set(n, n)
    const form = wordForm(n)
    forms.set(form, n)
    const next = doc.tokens[i + 1]
    const role: WordRole = !NOMINAL.has(t.pos)
      ? 'other'
      : next && NOMINAL.has(next.pos)
        ? 'modifier'
        : 'head'
    roles.set(form, (roles.get(form) ?? new Set()).add(role))
  })
  const concepts = new Map(conceptsOf(doc).map((h) => [h.concept.id, h.concept.label]))
  const skills = new Set(findSkills(doc).map((m) => m.skill.name))
  const known = skillEntry(text)
  if (known) skills.add(known.name)
  return { kind, text, words, forms, roles, concepts, skills }
}

/**
 * True when a shared word plays the same part on both sides: "CKA exam" and
 * "exam room" share a word but not a thing (a head against a modifier), while
 * "payment systems" and "payments APIs" both modify with it and "small
 * businesses" both end on it.
 */
function sameRole(form: string, a: Item<unknown>, b: Item<unknown>): boolean {
  const ra = a.roles.get(form)
  const rb = b.roles.get(form)
  if (!ra || !rb || ra.has('other') || rb.has('other')) return true
  return [...ra].some((r) => rb.has(r))
}

/** Words too common in goals and job ads to count as an overlap on their own, by word form. */
const GENERIC_FORMS = new Set([...wordSet('overlapGeneric')].map(wordForm))

function compare(row: Item<RowKind>, col: Item<ColumnKind>): AlignMatch | null {
  const base = {
    row: { kind: row.kind, text: row.text },
    column: { kind: col.kind, text: col.text },
  }
  const skills = [...row.skills].filter((s) => col.skills.has(s))
  if (skills.length > 0) {
    return {
      ...base,
      via: 'skill',
      shared: skills,
      why: `both name ${skills.join(', ')}`,
      strength: Math.min(1, 0.7 + 0.15 * skills.length),
    }
  }
  const exact = [...row.words.keys()].filter(
    (w) => col.words.has(w) && !GENERIC_FORMS.has(wordForm(w)) && sameRole(wordForm(w), row, col),
  )
  if (exact.length > 0) {
    return {
      ...base,
      via: 'shared-words',
      shared: exact,
      why: `shared words: ${exact.join(', ')}`,
      strength: Math.min(1, 0.5 + 0.2 * exact.length),
    }
  }
  const forms = [...row.forms.entries()]
    .filter(([f]) => col.forms.has(f) && !GENERIC_FORMS.has(f) && sameRole(f, row, col))
    .map(([f, w]) => `${w} / ${col.forms.get(f)}`)
  if (forms.length > 0) {
    return {
      ...base,
      via: 'word-forms',
      shared: forms,
      why: `word forms: ${forms.join(', ')}`,
      strength: Math.min(1, 0.45 + 0.2 * forms.length),
    }
  }
  const concepts = [...row.concepts.entries()]
    .filter(([id]) => col.concepts.has(id))
    .map(([, label]) => label)
  if (concepts.length > 0) {
    return {
      ...base,
      via: 'concept',
      shared: concepts,
      why: `shared value concept: ${concepts.join(', ')}`,
      strength: Math.min(1, 0.4 + 0.1 * concepts.length),
    }
  }
  return null
}

/**
 * The alignment matrix: the person's goals, skills, values and experience against
 * the company's values, mission, initiatives and the role's requirements,
 * responsibilities and skills. Each match says why (a named skill, shared words,
 * word forms, or a shared value concept); gaps are requirements and skills the
 * profile does not show; talking points come from the strongest matches;
 * questions to ask come from the initiatives and the person's goals.
 *
 * @example
 * align(profile, goals, dossier).talkingPoints[0]
 */
export function align(profile: Profile, goals: readonly Goal[], dossier: Dossier): Alignment {
  const rows: Array<Item<RowKind>> = [
    ...goals.map((g) => item('goal' as const, g.text)),
    ...profile.aspirations.map((a) => item('goal' as const, a)),
    ...profile.skills.filter((s) => s.status === 'have').map((s) => item('skill' as const, s.name)),
    ...profile.values.map((v) => item('value' as const, v)),
    ...profile.passions.map((p) => item('value' as const, p)),
    ...profile.experience.flatMap((e) =>
      [e.role, ...e.highlights].map((t) => item('experience' as const, t)),
    ),
    ...(profile.careerChange?.transferableSkills ?? []).map((t) => item('skill' as const, t)),
  ]
  const job = dossier.job
  const cols: Array<Item<ColumnKind>> = [
    ...dossier.values.map((v) =>
      item('value' as const, v.description ? `${v.name}: ${v.description}` : v.name),
    ),
    ...(dossier.mission ? [item('mission' as const, dossier.mission.text)] : []),
    ...dossier.initiatives.map((i) => item('initiative' as const, i.text)),
    ...(job?.requirements ?? []).map((r) => item('requirement' as const, r.text)),
    ...(job?.responsibilities ?? []).map((r) => item('responsibility' as const, r.text)),
    ...(job?.skills ?? []).map((s) => item('skill' as const, s)),
  ]
  const seen = new Set<string>()
  const matches: AlignMatch[] = []
  for (const r of rows) {
    const key = `${r.kind}:${r.text}`
    if (seen.has(key)) continue
    seen.add(key)
    for (const c of cols) {
      const m = compare(r, c)
      if (m) matches.push(m)
    }
  }
  matches.sort((a, b) => b.strength - a.strength)

  const gaps: Alignment['gaps'] = []
  for (const c of cols) {
    if (c.kind !== 'requirement' && c.kind !== 'skill') continue
    const met = matches.some(
      (m) =>
        m.column.text === c.text &&
        m.column.kind === c.kind &&
        (m.row.kind === 'skill' || m.row.kind === 'experience'),
    )
    if (!met) gaps.push({ kind: c.kind, text: c.text })
  }

  const talkingPoints: string[] = []
  const usedRows = new Set<string>()
  for (const m of matches) {
    if (talkingPoints.length >= 5 || usedRows.has(m.row.text)) continue
    usedRows.add(m.row.text)
    talkingPoints.push(
      `Your ${m.row.kind} "${m.row.text}" meets ${dossier.name ?? 'the company'}'s ${m.column.kind} "${m.column.text}" (${m.why}).`,
    )
  }
  return { matches, gaps, talkingPoints, questions: questionsToAsk(goals, dossier) }
}

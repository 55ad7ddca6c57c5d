import type { z } from 'zod'
import {
  companySignals,
  type companySignalsSchema,
  jobSignals,
  type jobSignalsSchema,
} from '../lexicons/company-signals.js'
import { normalise } from './sentences.js'

export type HeadingField = keyof z.infer<typeof companySignalsSchema>['headings']
export type JobSection = z.infer<typeof jobSignalsSchema>['sections'][number]['section']

/** A compiled phrase: matches whole words, case-insensitively, on raw text. */
export interface Matcher {
  readonly id: string
  readonly pattern: string
  readonly re: RegExp
  /** Index of the match (start of the phrase) or -1. */
  find(text: string): number
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Compile a lower-case phrase into a word-bounded, case-insensitive matcher (straight and curly apostrophes alike). */
export function compile(id: string, pattern: string): Matcher {
  const body = escapeRe(pattern).replace(/'/g, "['’]").replace(/ /g, '\\s+')
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu')
  return {
    id,
    pattern,
    re,
    find(text) {
      const m = re.exec(text)
      return m ? m.index : -1
    },
  }
}

export interface Signals {
  readonly company: z.infer<typeof companySignalsSchema>
  readonly job: z.infer<typeof jobSignalsSchema>
  readonly missionPhrases: readonly Matcher[]
  readonly visionPhrases: readonly Matcher[]
  readonly planPhrases: readonly Matcher[]
  readonly culture: ReadonlyArray<{ signal: string; matchers: readonly Matcher[]; any: RegExp }>
  readonly shortHorizon: readonly Matcher[]
  readonly longHorizon: readonly Matcher[]
  readonly ignore: ReadonlySet<string>
  readonly sectionStops: ReadonlySet<string>
  readonly workModes: ReadonlyArray<{
    mode: 'remote' | 'hybrid' | 'onsite'
    matchers: readonly Matcher[]
  }>
  readonly skills: readonly Matcher[]
  readonly boardWords: readonly string[]
  readonly dutyVerbs: ReadonlySet<string>
  readonly requirementStarts: readonly string[]
}

let cached: Signals | undefined

/** The company and job lexicons, validated and compiled once (STYLE 5). */
export function signals(): Signals {
  if (cached) return cached
  const c = companySignals()
  const j = jobSignals()
  cached = Object.freeze({
    company: c,
    job: j,
    missionPhrases: c.phrases.mission.map((p) => compile(p.id, p.pattern)),
    visionPhrases: c.phrases.vision.map((p) => compile(p.id, p.pattern)),
    planPhrases: c.phrases.initiatives.map((p) => compile(p.id, p.pattern)),
    culture: c.culture.map((e) => {
      const matchers = e.phrases.map((p) => compile(e.signal, p))
      // one alternation per signal, so each sentence is tested once per signal
      const any = new RegExp(matchers.map((m) => `(?:${m.re.source})`).join('|'), 'iu')
      return { signal: e.signal, matchers, any }
    }),
    shortHorizon: c.horizon.short.map((p) => compile('short', p)),
    longHorizon: c.horizon.long.map((p) => compile('long', p)),
    ignore: new Set(c.ignore.phrases),
    sectionStops: new Set(c.sectionStops.phrases),
    workModes: j.workModes.entries.map((e) => ({
      mode: e.mode,
      matchers: e.phrases.map((p) => compile(e.mode, p)),
    })),
    skills: j.skills.terms.map((t) => compile(t, t)),
    boardWords: j.boardWords.words.map((w) => normalise(w)),
    dutyVerbs: new Set(j.itemShapes.dutyVerbs),
    requirementStarts: j.itemShapes.requirementStarts.map((p) => `${normalise(p)} `),
  })
  return cached
}

/** True when the lexicon marks this heading pattern of `field` as weak. */
export function isWeakHeading(field: HeadingField, pattern: string): boolean {
  return signals().company.headings[field].some((e) => e.pattern === pattern && e.weak === true)
}

/** The first heading pattern of `field` that a heading's words contain, or undefined. Headings over 8 words are sentences, not section titles. */
export function headingMatch(field: HeadingField, heading: string): string | undefined {
  const words = ` ${normalise(heading)} `
  if (words.trim().split(' ').length > 8) return undefined
  for (const [pattern, needle] of headingNeedles(field)) if (words.includes(needle)) return pattern
  return undefined
}

const needles = new Map<HeadingField, ReadonlyArray<readonly [string, string]>>()

/** Each heading pattern of a field with its normalised, space-padded form, computed once. */
function headingNeedles(field: HeadingField): ReadonlyArray<readonly [string, string]> {
  let list = needles.get(field)
  if (!list) {
    list = signals().company.headings[field].map(
      (e) => [e.pattern, ` ${normalise(e.pattern)} `] as const,
    )
    needles.set(field, list)
  }
  return list
}

/** The job section a heading names (first pattern in lexicon order), or undefined. */
export function jobSectionOf(heading: string, maxWords = 8): JobSection | undefined {
  // "Essential Job Functions (Functions essential to attaining job objectives)": the part outside brackets names it
  const words = ` ${normalise(heading.replace(/\([^)]*\)/g, ' '))} `
  if (words.trim().split(' ').length > maxWords) return undefined
  for (const [section, needle] of sectionNeedles()) if (words.includes(needle)) return section
  return undefined
}

/** The base form of an -ing word: "designing" → "design", "managing" → "manage", "running" → "run". */
function baseOf(word: string, verbs: ReadonlySet<string>): string | undefined {
  if (verbs.has(word)) return word
  if (!word.endsWith('ing') || word.length < 6) return undefined
  const stem = word.slice(0, -3)
  for (const candidate of [stem, `${stem}e`, stem.slice(0, -1)])
    if (verbs.has(candidate)) return candidate
  return undefined
}

/**
 * What a list item under an unnamed heading reads as: a duty when it opens
 * with a verb ("Triage incoming tickets", "Designing services"), a requirement
 * when it opens with what the person has ("Experience with", "3+ years",
 * "Ability to"), else undefined.
 */
export function itemShape(text: string): 'responsibilities' | 'requirements' | undefined {
  const n = `${normalise(text)} `
  const first = n.split(' ')[0] ?? ''
  const s = signals()
  if (/^\d/.test(first) || s.requirementStarts.some((p) => n.startsWith(p))) return 'requirements'
  if (baseOf(first, s.dutyVerbs)) return 'responsibilities'
  return undefined
}

let sectionList: ReadonlyArray<readonly [JobSection, string]> | undefined

/** Each job section pattern, normalised and space-padded once. */
function sectionNeedles(): ReadonlyArray<readonly [JobSection, string]> {
  sectionList ??= signals().job.sections.map(
    (e) => [e.section, ` ${normalise(e.pattern)} `] as const,
  )
  return sectionList
}

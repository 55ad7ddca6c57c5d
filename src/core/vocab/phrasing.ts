import { alternation } from '../lexicons/load.js'
import { phraseLeads } from '../lexicons/phrase-leads.js'
import { readDocument } from '../text/document.js'
import { skillEntry } from './skill-terms.js'

/** A person's phrase turned into something a template can hold. */
export interface Predicate {
  /** "become a staff engineer", "lead the design team", or a noun phrase. */
  text: string
  /** 'verb' when it starts with a base-form verb and fits "to {text}". */
  kind: 'verb' | 'noun' | 'past'
}

let leads: RegExp[] | undefined

/** "I want to", "My long-term goal is to", "You will", "Eventually,": built from the lexicon once, on first use. */
function leadPatterns(): RegExp[] {
  if (leads) return leads
  const words = phraseLeads()
  // A duty's "you will" may break across spaces; "long-term" is also written "long term".
  const spaced = (l: readonly string[]) => alternation(l, { space: '\\s+', hyphen: '[- ]' })
  leads = [
    new RegExp(`^(?:i\\s+(?:really\\s+)?(?:${alternation(words.wantVerbs)})\\s+to\\s+)`, 'i'),
    new RegExp(
      `^(?:my\\s+(?:(?:${spaced(words.goalQualifiers)})\\s+)?(?:${alternation(words.goalNouns)})\\s+is\\s+to\\s+)`,
      'i',
    ),
    new RegExp(`^(?:(?:${spaced(words.taskLeads)})\\s+)`, 'i'),
    new RegExp(`^(?:(?:${alternation(words.someDayLeads)}),?\\s+)`, 'i'),
  ]
  return leads
}

/** Lower-case the first letter unless the first word is a name, an acronym or a known skill. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s+/)[0] ?? ''
  if (first === 'I' || first.startsWith("I'") || first.startsWith('I’')) return text
  if (/^[A-Z][A-Z0-9]+\b/.test(first) || /[a-z][A-Z]/.test(first)) return text
  if (skillEntry(first.replace(/[^A-Za-z0-9#+.]/g, ''))) return text
  const lowered = first.charAt(0).toLowerCase() + first.slice(1)
  const tag = readDocument(`I ${lowered}`).tokens[1]?.pos
  return tag === 'PROPN' ? text : lowered + text.slice(first.length)
}

/** Trim a phrase: whitespace, trailing punctuation, leading "I want to" and the like. */
export function cleanPhrase(text: string): string {
  let t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!;:,]+$/, '')
  for (const lead of leadPatterns()) t = t.replace(lead, '')
  return t.trim()
}

/**
 * Read a goal, duty or preparation item the way a template needs it: a verb
 * phrase fits "to {text}" ("become a team lead"), a past-tense one fits "I {text}"
 * ("completed a course"), anything else is a noun phrase.
 */
export function predicate(text: string): Predicate {
  const cleaned = lowerFirst(cleanPhrase(text))
  // Tag it after "I" so imperative phrases ("design and run…", "own our…") read as verbs.
  const first = readDocument(`I ${cleaned}`).tokens[1]
  if (first?.type !== 'word') return { text: cleaned, kind: 'noun' }
  if (first.pos === 'VERB' || first.pos === 'AUX') {
    if (/ing$/.test(first.normal)) return { text: cleaned, kind: 'noun' }
    if (first.lemma !== first.normal && /ed$|[^e]en$|ought$/.test(first.normal))
      return { text: cleaned, kind: 'past' }
    return { text: cleaned, kind: 'verb' }
  }
  return { text: cleaned, kind: 'noun' }
}

/** A verb phrase for "to {…}": noun phrases become "work toward {…}". */
export function toVerbPhrase(text: string): string {
  const p = predicate(text)
  if (p.kind === 'verb') return p.text
  if (p.kind === 'past') return `keep building on what I ${p.text}`
  return `work toward ${p.text}`
}

/** "a" or "an" before a word, by its first sound (a letter heuristic). */
export function article(word: string): string {
  const first = word.split(/\s+/)[0] ?? ''
  // Acronyms go by the letter's name: "an MBA", "a UX designer".
  if (/^[A-Z]{2,}/.test(first)) return /^[AEFHILMNORSX]/.test(first) ? 'an' : 'a'
  return /^[aeiou]/i.test(word) && !/^(uni|use|eu|one)/i.test(word) ? 'an' : 'a'
}

/** Join a list the way people say it: "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** FNV-1a hash of a string: the seed for choosing template variants. */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** Pick one variant deterministically from the seed and the slot name. */
export function pick<T>(variants: readonly T[], seed: string, slot: string): T {
  const i = hash(`${seed}\u0000${slot}`) % Math.max(1, variants.length)
  return variants[i] as T
}

/** Fill {name} holes in a template. Unknown holes are left as they are (a test catches them). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (m, k: string) => values[k] ?? m)
}

/** Words lower-case except acronyms and names with inner capitals: "Senior Data Analyst" → "senior data analyst". */
export function spokenCase(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => (/^[A-Z0-9&]{2,}\W*$|[a-z][A-Z]|\d/.test(w) ? w : w.toLowerCase()))
    .join(' ')
}

import type { Profile } from '../contracts/profile.js'
import { composePhrases } from '../lexicons/compose-phrases.js'
import { readDocument } from '../text/document.js'
import { article, cleanPhrase, lowerFirst, spokenCase } from '../vocab/phrasing.js'
import { findSkills, skillEntry } from '../vocab/skill-terms.js'
import { pastTense } from './verb-forms.js'

/**
 * Résumé facts are written as bullet points: a bare verb, often in the present
 * ("Build an algorithm…"), sometimes with "our" meaning a past employer. A
 * person says them as first-person past achievements: "I built an algorithm…".
 */

/** One achievement, ready for "{lead}, I {text}." */
export interface Achievement {
  /** Where it was earned, as said after "In my work": "as a CEO at Pied Piper", "on the Miss Direction project". */
  within: string
  /** Past tense, first person without the "I": "optimized an algorithm that…". */
  text: string
}

const MAX_WORDS = 18

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * A résumé bullet as a past-tense verb phrase for "I {…}", or null when it is
 * not a verb phrase, speaks for a "we", or runs too long to say in one breath.
 * Leading adverbs go ("Successfully won…" → "won…"); "our" becomes "the".
 *
 * @example
 * achievementPhrase('Build an algorithm that flags copied songs') // 'built an algorithm that flags copied songs'
 */
export function achievementPhrase(bullet: string): string | null {
  let t = cleanPhrase(bullet.replace(/\s+/g, ' '))
  if (/\b(we|us)\b/i.test(t)) return null
  t = t.replace(/\bour\b/gi, 'the')
  const doc = readDocument(`I ${lowerFirst(t)}`)
  const tokens = doc.tokens.slice(1)
  let k = 0
  while (tokens[k]?.pos === 'ADV' && /ly$/.test(tokens[k]?.normal ?? '')) k++
  const verb = tokens[k]
  if (verb?.type !== 'word') return null
  if (verb.pos !== 'VERB' && verb.pos !== 'AUX' && !/ed$/.test(verb.normal)) return null
  // "Built by an all-women team…" tells who built it, not what I did.
  if (tokens[k + 1]?.normal === 'by' && /ed$|built|made|won$/.test(verb.normal)) return null
  const rest = withArticles(verb.normal, doc.text.slice(verb.end).trim())
  const past =
    /ed$/.test(verb.normal) || (verb.lemma !== verb.normal && !/ing$|s$/.test(verb.normal))
      ? verb.normal
      : pastTense(verb.lemma)
  const phrase = `${past}${rest ? ` ${rest}` : ''}`.replace(/[.!;:,]+$/, '')
  if (wordCount(phrase) > MAX_WORDS) return null
  return phrase
}

/**
 * Bullets drop articles a person says: "award at AIHacks" becomes "an award at AIHacks".
 * Only listed count nouns, bare after a verb or preposition, get one.
 */
function withArticles(verb: string, text: string): string {
  const countable = new Set(composePhrases().countableNouns)
  const tokens = readDocument(`I ${verb} ${text}`).tokens
  const offset = `I ${verb} `.length
  const inserts: Array<{ at: number; word: string }> = []
  tokens.forEach((t, i) => {
    if (i < 2 || t.pos !== 'NOUN' || !countable.has(t.normal)) return
    let start = i
    while (start > 2 && ['ADJ', 'NOUN'].includes(tokens[start - 1]?.pos ?? '')) start--
    const before = tokens[start - 1]
    const first = tokens[start]
    if (!before || !first || (before.pos !== 'ADP' && before.pos !== 'VERB')) return
    inserts.push({ at: first.start - offset, word: article(first.normal) })
  })
  let out = text
  for (const { at, word } of inserts.reverse()) out = `${out.slice(0, at)}${word} ${out.slice(at)}`
  return out
}

/** "CEO/President" → "CEO": a person names one title aloud. */
function oneTitle(role: string): string {
  return cleanPhrase(role.split(/\s*[/|]\s*/)[0] ?? role)
}

/** "as a CEO at Pied Piper"; a JSON Resume project ("project: Miss Direction") is "on the Miss Direction project". */
function within(role: string, organization: string | undefined): string {
  const project = /^project:\s*(.+)$/i.exec(role)
  if (project?.[1]) return `on the ${project[1]} project`
  return `as ${article(role)} ${spokenCase(role)}${organization ? ` at ${organization}` : ''}`
}

/** How well a bullet proves something: a number, a skill the role asks for, a clean length. */
function strength(bullet: string, phrase: string, wanted: readonly string[]): number {
  let s = 0
  if (/\d/.test(bullet)) s += 2
  const named = findSkills(bullet).map((m) => m.skill.name.toLowerCase())
  if (named.some((n) => wanted.includes(n))) s += 2
  if (wordCount(phrase) <= 14) s += 1
  return s
}

/**
 * The achievements worth saying for this role, strongest first: past-tense
 * bullets from the person's experience, most recent roles first on ties.
 */
export function bestAchievements(
  profile: Profile,
  wantedSkills: readonly string[] = [],
  max = 2,
): Achievement[] {
  const wanted = wantedSkills.map((w) => (skillEntry(w)?.name ?? w).toLowerCase())
  const found: Array<{ a: Achievement; score: number }> = []
  for (const [i, e] of profile.experience.entries()) {
    const role = oneTitle(e.role)
    for (const bullet of e.highlights) {
      const phrase = achievementPhrase(bullet)
      if (!phrase) continue
      found.push({
        score: strength(bullet, phrase, wanted) - i * 0.5,
        a: { within: within(role, e.organization), text: phrase },
      })
    }
  }
  // A stable sort keeps the résumé's own order among equals.
  return found
    .sort((x, y) => y.score - x.score)
    .slice(0, max)
    .map((x) => x.a)
}

/**
 * A skill as a person says it: known skills in their usual casing ("SQL",
 * "Power BI", "data analysis"), other words lower-case unless they are names
 * or acronyms ("Web Development" → "web development").
 */
export function spokenSkill(name: string): string {
  const known = skillEntry(name)
  // The lexicon's casing only for the same skill: "PostgreSQL" stays itself, not "SQL".
  if (known && known.name.toLowerCase() === name.trim().toLowerCase()) return known.name
  // A title-cased phrase is a common noun phrase ("Web Development"); one capitalised word is a
  // name ("Tableau", "Figma") unless it has the ending of a common noun ("Compression").
  const t = cleanPhrase(name)
  // A product name holds an acronym: "Power BI", "Google Analytics 4".
  if (/\s/.test(t) && t.split(/\s+/).some((w) => /^[A-Z0-9]{2,}$/.test(w))) return t
  if (/\s/.test(t) || COMMON_NOUN_ENDING.test(t)) return spokenCase(t)
  return t
}

const COMMON_NOUN_ENDING =
  /^[A-Z][a-z]+(?:tion|sion|ment|ing|ity|ance|ence|ness|ics|ogy|ship|sis|ure)$/

/**
 * The two or three skills to name: those the role asks for first (in the
 * role's order of mention), then the person's strongest; each said the way
 * a person says it.
 */
export function skillsToName(
  haves: readonly string[],
  roleSkills: readonly string[],
  max = 3,
): { skills: string[]; matched: boolean } {
  const key = (s: string) => (skillEntry(s)?.name ?? s).toLowerCase()
  const roleKeys = roleSkills.map(key)
  const matched = haves
    .filter((h) => roleKeys.includes(key(h)))
    .sort((a, b) => roleKeys.indexOf(key(a)) - roleKeys.indexOf(key(b)))
  const chosen = (matched.length > 0 ? matched : haves).slice(0, matched.length > 0 ? max : 2)
  return { skills: [...new Set(chosen.map(spokenSkill))], matched: matched.length > 0 }
}

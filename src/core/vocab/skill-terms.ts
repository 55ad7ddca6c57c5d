import { type SkillEntry, skillsLexicon } from '../lexicons/skills.js'
import { type Document, readDocument } from '../text/document.js'
import { compilePhrases } from '../text/phrase-matcher.js'
import type { Span } from '../text/span.js'

export interface SkillMention {
  skill: SkillEntry
  alias: string
  span: Span
}

type Entry = { skill: SkillEntry; alias: string }
let matcher: ReturnType<typeof compilePhrases<Entry>> | undefined

/**
 * Known skills (lexicons/skills.json) named in a text, with where. Aliases are
 * matched on whole words, so "Go" the language needs "golang" or the exact
 * name and does not fire on the verb "go".
 */
export function findSkills(input: string | Document): SkillMention[] {
  const doc = typeof input === 'string' ? readDocument(input) : input
  matcher ??= compilePhrases(
    skillsLexicon().flatMap((skill) => skill.aliases.map((alias) => ({ skill, alias }))),
    (e) => e.alias,
  )
  return matcher
    .match(doc)
    .map((h) => ({ skill: h.entry.skill, alias: h.entry.alias, span: h.span }))
}

/** The lexicon entry for a skill name or alias, when known. */
export function skillEntry(name: string): SkillEntry | undefined {
  const n = name.trim().toLowerCase()
  return skillsLexicon().find((s) => s.name.toLowerCase() === n || s.aliases.includes(n))
}

import type { Dossier } from '../contracts/dossier.js'
import type { Goal, Profile } from '../contracts/profile.js'
import { composePhrases } from '../lexicons/compose-phrases.js'
import { type Document, readDocument } from '../text/document.js'
import type { Span } from '../text/span.js'
import { conceptsOf } from '../vocab/concepts.js'
import { findSkills, skillEntry } from '../vocab/skill-terms.js'
import { NUMBER_WORDS } from '../vocab/text-cues.js'
import { wordForm } from '../vocab/word-forms.js'

/** A word or phrase in a draft that names a fact the inputs do not hold. */
export interface UnsupportedFact {
  kind: 'name' | 'number' | 'skill' | 'value'
  text: string
  span: Span
}

/** Every piece of text the person and the dossier gave: the only allowed source of facts. */
export function inputTexts(
  profile: Profile,
  goals: readonly Goal[],
  dossier: Dossier | null,
): string[] {
  const out: string[] = []
  const push = (...xs: Array<string | undefined | null>) => {
    for (const x of xs) if (x) out.push(x)
  }
  push(
    profile.name,
    profile.currentRole,
    ...profile.passions,
    ...profile.values,
    ...profile.aspirations,
    ...profile.resources,
  )
  // A skill may be said by its usual name: "QA" is the person's word for testing.
  for (const s of profile.skills) push(s.name, skillEntry(s.name)?.name)
  for (const a of profile.admired) push(a.name, a.why)
  for (const e of profile.experience) push(e.role, e.organization, e.summary, ...e.highlights)
  const cc = profile.careerChange
  if (cc) push(cc.from, cc.to, cc.reason, ...cc.transferableSkills, ...cc.preparation)
  for (const g of goals) push(g.text, g.targetDate, ...g.milestones.map((m) => m.text))
  if (dossier) {
    push(dossier.name, dossier.mission?.text, dossier.vision?.text)
    for (const v of dossier.values) push(v.name, v.description)
    for (const i of dossier.initiatives) push(i.text)
    for (const p of dossier.products) push(p.name)
    const j = dossier.job
    if (j) {
      push(j.title, j.company, j.team, j.location, ...j.skills)
      for (const s of [...j.responsibilities, ...j.requirements, ...j.niceToHave]) push(s.text)
    }
  }
  return out
}

let templateWords: Set<string> | undefined

/** The fixed words of the draft templates (slots removed): words a draft may use without an input. */
export function templateVocabulary(): Set<string> {
  if (!templateWords) {
    templateWords = new Set()
    for (const variants of Object.values(composePhrases().slots)) {
      for (const v of variants) {
        for (const w of v
          .replace(/\{[a-z]+\}/g, ' ')
          .toLowerCase()
          .split(/[^a-z'’-]+/))
          if (w) templateWords.add(w.replace(/’/g, "'"))
      }
    }
  }
  return templateWords
}

/** The numbers in a text, thousands separators dropped: "40,000 in 2025-2030" → 40000, 2025, 2030. */
function numbersIn(text: string): string[] {
  return (text.replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []).map((n) =>
    n.replace(/\.0+$/, ''),
  )
}

const COUNTING = new Set(
  Object.keys(NUMBER_WORDS).filter((w) => !['a', 'an', 'few', 'couple'].includes(w)),
)

/** The words, word forms and numbers of the inputs, as unsupportedFacts compares a draft with them. */
interface SourceVocabulary {
  source: string
  words: Set<string>
  forms: Set<string>
  numbers: Set<string>
}

/**
 * The last inputs read: the drafts of one person at one company (every question and length)
 * are checked against the same inputs, which are many times longer than a draft.
 */
let lastSource: SourceVocabulary | undefined

function sourceVocabulary(source: string): SourceVocabulary {
  if (lastSource?.source === source) return lastSource
  const words = new Set<string>()
  const forms = new Set<string>()
  for (const t of readDocument(source).tokens) {
    const n = t.normal.replace(/’/g, "'")
    for (const part of [n, ...n.split('-')]) {
      words.add(part)
      forms.add(wordForm(part))
    }
  }
  lastSource = { source, words, forms, numbers: new Set(numbersIn(source)) }
  return lastSource
}

/**
 * The facts a draft names that the inputs do not hold: capitalised names, numbers
 * (digits or number words), known skills (lexicons/skills.json) and value words
 * (lexicons/value-concepts.json). Words of the fixed templates are allowed; text
 * inside [placeholders] is skipped. An empty list means nothing was invented.
 *
 * @example
 * unsupportedFacts('I led the Berlin team.', ['I led a team.']) // [{ kind: 'name', text: 'Berlin', … }]
 *
 * @param read The draft already read with readDocument, for a caller that has parsed it anyway
 *   (a parse is most of this function's cost); a document of another text is not used.
 */
export function unsupportedFacts(
  draft: string,
  inputs: readonly string[],
  read?: Document,
): UnsupportedFact[] {
  const source = inputs.join('\n')
  const {
    words: sourceWords,
    forms: sourceForms,
    numbers: sourceNumbers,
  } = sourceVocabulary(source)
  const template = templateVocabulary()
  const addressee = composePhrases().addressee
  const placeholders: Array<[number, number]> = []
  for (const m of draft.matchAll(/\[[^\]]*\]/g)) placeholders.push([m.index, m.index + m[0].length])
  const inPlaceholder = (at: number) => placeholders.some(([s, e]) => at >= s && at < e)
  const doc = read?.text === draft ? read : readDocument(draft)
  const out: UnsupportedFact[] = []
  const lowerSourceText = source.toLowerCase()
  const unquotedSourceText = lowerSourceText.replace(/["“”‘’]/g, '')
  // Tokenisers split odd text differently ("!A" vs "A."), so fall back to the word in the source text.
  const known = (w: string) => {
    const bare = w.replace(/[^\p{L}\p{N}'’-]/gu, '')
    if (!bare) return true
    // A sentence may end on an abbreviation: the draft's "A.M." is the input's "A.M".
    const unstopped = w.replace(/\.+$/, '')
    if (sourceWords.has(w) || sourceWords.has(unstopped) || sourceWords.has(bare)) return true
    if (sourceForms.has(wordForm(bare))) return true
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    // Letters-only boundaries ("0B." holds "B"), and the source without quotes, which the
    // drafts drop from a value's name ('!A"A' is said "AA").
    const pattern = new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu')
    return pattern.test(lowerSourceText) || pattern.test(unquotedSourceText)
  }

  for (const t of doc.tokens) {
    if (inPlaceholder(t.start)) continue
    const n = t.normal.replace(/’/g, "'")
    if (/\d/.test(t.value)) continue
    if (t.type !== 'word') continue
    if (COUNTING.has(n) && !sourceWords.has(n) && !template.has(n)) {
      out.push({ kind: 'number', text: t.value, span: [t.start, t.end] })
      continue
    }
    const capitalised = /^[A-Z]/.test(t.value) && t.value !== 'I' && !/^I['’]/.test(t.value)
    // "You" is the company spoken to (its "we" turned round), never a name the draft made up.
    if (capitalised && !template.has(n) && !addressee.includes(n) && !known(n))
      out.push({ kind: 'name', text: t.value, span: [t.start, t.end] })
  }
  // Numbers from the raw text, not tokens: tokenisers read ":30" or "@0.1" in odd ways.
  for (const m of draft.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    if (inPlaceholder(m.index)) continue
    const text = m[0].replace(/,$/, '')
    if (numbersIn(text).some((g) => !sourceNumbers.has(g)))
      out.push({ kind: 'number', text, span: [m.index, m.index + text.length] })
  }
  const lowerSource = source.toLowerCase()
  for (const m of findSkills(doc)) {
    if (inPlaceholder(m.span[0])) continue
    if (!lowerSource.includes(m.alias))
      out.push({ kind: 'skill', text: draft.slice(m.span[0], m.span[1]), span: m.span })
  }
  for (const h of conceptsOf(doc)) {
    if (inPlaceholder(h.span[0])) continue
    const words = draft
      .slice(h.span[0], h.span[1])
      .toLowerCase()
      .split(/[^a-z'-]+/)
      .filter(Boolean)
    if (words.every((w) => template.has(w))) continue
    if (!words.every((w) => known(w) || template.has(w)))
      out.push({ kind: 'value', text: draft.slice(h.span[0], h.span[1]), span: h.span })
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}

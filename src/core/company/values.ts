import type { CompanyValue } from '../contracts/dossier.js'
import type { Block, Page } from './page.js'
import {
  contentAfter,
  headingVia,
  isPseudoHeading,
  type Section,
  sectionsFor,
  sourceOf,
} from './sections.js'
import { clean, normalise, sentencesOf, wordCount } from './sentences.js'
import { headingMatch, isWeakHeading, signals } from './signals.js'
import { valuesByEvidence } from './value-groups.js'

/** A value before it gets its source: the name, its description and the span it covers. */
interface Candidate {
  name: string
  description?: string
  start: number
  end: number
}

/** One way a values section can list its values; returns candidates or an empty list. */
type Strategy = (page: Page, section: Section) => Candidate[]

const MAX_NAME_WORDS = 10
const NAME_SEPARATOR = /^(.{2,60}?)\s*(?::|\s[—–-]\s|—|–)\s*(\S.*)$/s

function tidyName(raw: string): string {
  return clean(raw)
    .replace(/^(?:[\p{Extended_Pictographic}\p{S}\s]|\uFE0F|\u200D)+/u, '')
    .replace(/^\d{1,2}[.)]\s*/, '')
    .replace(/^["“'‘]|["”'’]$/g, '')
    .replace(/[\s:.;,—–-]+$/, '')
    .trim()
}

function tidyDescription(raw: string): string | undefined {
  const d = clean(raw)
    .replace(/^[\s:.;,—–-]+/, '')
    .trim()
  return d === '' ? undefined : d
}

function candidate(
  name: string,
  description: string | undefined,
  start: number,
  end: number,
): Candidate {
  return description === undefined ? { name, start, end } : { name, description, start, end }
}

const isBody = (b: Block) => b.kind === 'para' || b.kind === 'item' || b.kind === 'def'

/** Cards and headed paragraphs: each sub-heading is a value, the text under it its description. */
const subHeadings: Strategy = (_page, section) => {
  const out: Candidate[] = []
  const blocks = section.blocks
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading' || b.level <= section.level) return
    const body: Block[] = []
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j] as Block
      if (next.kind === 'heading') break
      if (isBody(next)) body.push(next)
    }
    const name = tidyName(b.text)
    // a nested heading for another topic ("Leadership principles", "Careers") is not a value
    if (wordCount(name) > MAX_NAME_WORDS || isAnyField(b.text)) return
    const first = body[0]
    out.push(
      candidate(name, first && tidyDescription(first.text), b.start, first ? first.end : b.end),
    )
  })
  return out
}

/** Definition lists: each term a value, its definition the description. */
const definitionList: Strategy = (_page, section) => {
  const out: Candidate[] = []
  section.blocks.forEach((b, i) => {
    if (b.kind !== 'term') return
    const next = section.blocks[i + 1]
    const def = next?.kind === 'def' ? next : undefined
    out.push(
      candidate(tidyName(b.text), def && tidyDescription(def.text), b.start, def ? def.end : b.end),
    )
  })
  return out
}

/** Bold lead-ins: "<strong>Own it.</strong> We finish what we start." */
const boldLeadIns: Strategy = (_page, section) => {
  const out: Candidate[] = []
  for (const b of section.blocks) {
    if (!isBody(b) || !b.lead) continue
    const name = tidyName(b.lead)
    if (!name || wordCount(name) > MAX_NAME_WORDS) continue
    const at = b.text.indexOf(b.lead)
    const rest = b.text.slice(at + b.lead.length).replace(/^(\*\*|__)/, '')
    out.push(candidate(name, tidyDescription(rest), b.start, b.end))
  }
  return out
}

/** "Name: description" and "Name — description" lines, in lists or paragraphs. */
const nameColon: Strategy = (_page, section) => {
  const out: Candidate[] = []
  for (const b of section.blocks) {
    if (!isBody(b)) continue
    const m = NAME_SEPARATOR.exec(b.text)
    if (!m) continue
    const name = tidyName(m[1] ?? '')
    if (!/^[\p{Lu}\d"“]/u.test(name) || wordCount(name) > 6) continue
    out.push(candidate(name, tidyDescription(m[2] ?? ''), b.start, b.end))
  }
  return out
}

/** Plain list items: a short item is a name; a long one splits into a short first sentence and the rest. */
const listItems: Strategy = (_page, section) => {
  const items = section.blocks.filter((b) => b.kind === 'item')
  const firstGroup = items[0]?.group
  const out: Candidate[] = []
  for (const b of items) {
    if (b.group !== firstGroup) continue
    const c =
      splitShortFirst(b) ??
      (wordCount(b.text) <= 16 ? candidate(tidyName(b.text), undefined, b.start, b.end) : undefined)
    if (c) out.push(c)
  }
  return out
}

/** Cards without headings: a short line followed by a longer paragraph, repeated. */
const shortThenLong: Strategy = (_page, section) => {
  const out: Candidate[] = []
  const blocks = section.blocks.filter((b) => b.kind === 'para')
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block
    const next = blocks[i + 1]
    if (!isPseudoHeading(b) || !next || isPseudoHeading(next)) continue
    out.push(candidate(tidyName(b.text), tidyDescription(next.text), b.start, next.end))
    i++
  }
  return out
}

/** Paragraphs that open with a short sentence naming the value: "Be curious. We ask why." */
const leadSentences: Strategy = (_page, section) => {
  const out: Candidate[] = []
  for (const b of section.blocks) {
    if (b.kind !== 'para') continue
    const c = splitShortFirst(b)
    if (c) out.push(c)
  }
  return out
}

function splitShortFirst(b: Block): Candidate | undefined {
  const sentences = sentencesOf(b.text, b.start)
  const first = sentences[0]
  if (!first || sentences.length < 2 || wordCount(first.text) > 6) return undefined
  const rest = b.text.slice(first.end - b.start)
  return candidate(tidyName(first.text), tidyDescription(rest), b.start, b.end)
}

/**
 * Strategies in order, most explicit structure first: a sub-heading or a `<dt>`
 * is markup that says "this is a name", a bold lead-in nearly so, a colon line
 * less, and bare list items or short lines least.
 */
const STRATEGIES: ReadonlyArray<[string, Strategy]> = [
  ['subheadings', subHeadings],
  ['dl', definitionList],
  ['bold-lead', boldLeadIns],
  ['name-colon', nameColon],
  ['list-items', listItems],
  ['cards', shortThenLong],
  ['lead-sentence', leadSentences],
]

/** When the cards repeat the values heading's own level (h3 "Our values", h3 per card), take the run of same-level headings. */
function looseSection(page: Page, section: Section): Section {
  const blocks: Block[] = []
  for (let i = section.index + 1; i < page.blocks.length && blocks.length < 60; i++) {
    const b = page.blocks[i] as Block
    if (b.kind === 'break') break
    if (b.kind === 'heading') {
      if (b.level < section.level) break
      if (isAnyField(b.text)) break
      const body = contentAfter(page, i, b.level)
      if (body.length === 0 || body.length > 3) break
      blocks.push({ ...b, level: section.level + 1 })
      continue
    }
    blocks.push(b)
  }
  return { ...section, blocks }
}

function isAnyField(text: string): boolean {
  const words = ` ${normalise(text)} `
  // one-word stops must be the whole heading ("Team"), longer ones may sit inside it ("Why join us")
  const stop = (p: string) => (p.includes(' ') ? words.includes(` ${p} `) : words.trim() === p)
  if ([...signals().sectionStops].some(stop)) return true
  // a one-word pattern names a topic only when it is most of the heading:
  // "Products" or "Our products" is a topic, "Customers in the room" is a value
  const short = wordCount(text) <= 2
  return (['mission', 'vision', 'values', 'initiatives', 'products', 'customers'] as const).some(
    (f) => {
      const pattern = headingMatch(f, text)
      return pattern !== undefined && (pattern.includes(' ') || short)
    },
  )
}

function usable(c: Candidate, section: Section): boolean {
  const n = normalise(c.name)
  if (n === '' || wordCount(c.name) > 16) return false
  if (signals().ignore.has(n)) return false
  // "Purpose:", "Vision:", "Values:" lead-ins label statements, they are not values
  if (
    (['mission', 'vision', 'values'] as const).some(
      (f) => headingMatch(f, c.name) === normalise(c.name),
    )
  )
    return false
  // an intro line that repeats the heading ("Our values") is not a value
  return headingMatch('values', c.name) === undefined || n !== normalise(section.heading.text)
}

/** A comma list in one sentence: "Our values are integrity, curiosity and care." */
const INLINE =
  /\b(?:our|the company['’]s|[\p{Lu}][\p{L}\d&.-]*['’]s) (?:core )?values are:?\s+([^.!?]+)/iu
/** "…four values that have served as our foundation. They are: Integrity, Relationships and Stewardship." */
const THEY_ARE = /\b(?:they|these) are:\s+([^.!?]+)/i

/** A labelled line: "Values: Integrity • Safety • Openness". */
const LABELLED =
  /^(?:\*\*|__)?(?:our |core |company )*values(?::(?:\*\*|__)?|(?:\*\*|__)?\s*[:—–-])\s*(.+)$/i

function inlineValues(page: Page): CompanyValue[] {
  for (const b of page.blocks) {
    if (b.origin !== 'body' || b.kind === 'break') continue
    const labelled = LABELLED.exec(b.text)
    if (labelled?.[1] && /[•·|,;]/.test(labelled[1])) {
      const names = labelled[1]
        .split(/\s*[•·|,;]\s*(?:and\s+)?|\s+and\s+/)
        .map(tidyName)
        .filter((n) => n !== '' && wordCount(n) <= 5)
      if (names.length >= 2)
        return names.map((name) => ({
          name,
          source: sourceOf(page, b.start, b.end, 'phrase:values-label'),
        }))
    }
    const sentences = sentencesOf(b.text, b.start)
    for (const [i, s] of sentences.entries()) {
      const before = sentences[i - 1]?.text ?? ''
      const m =
        INLINE.exec(s.text) ?? (/\bvalues\b/i.test(before + s.text) ? THEY_ARE.exec(s.text) : null)
      if (!m) continue
      const names = (m[1] ?? '')
        .split(/,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*;\s*/)
        .map(tidyName)
        .filter((n) => n !== '' && wordCount(n) <= 5)
      if (names.length < 2) continue
      return names.map((name) => ({
        name,
        source: sourceOf(page, s.start, s.end, 'phrase:our-values-are'),
      }))
    }
  }
  return []
}

/**
 * Named values: find each values-like section (lexicon headings, or a short
 * stand-alone line such as "What we value"), then read the list structure under
 * it with the first strategy that yields at least two values. The values
 * themselves are never matched against a vocabulary: "Disagree and commit" is a
 * value because the page lists it so. Falls back to "our values are A, B and C".
 *
 * @example
 * extractValues(pageFromHtml('<h2>Our values</h2><ul><li>Be kind</li><li>Ship it</li></ul>'))
 * // [{ name: 'Be kind', source: {…, via: 'heading:our-values list-items'} }, { name: 'Ship it', … }]
 */
export function extractValues(page: Page, url?: string): CompanyValue[] {
  const bySections = valuesBySections(page)
  const byEvidence = valuesByEvidence(page, url)
  if (byEvidence.length === 0)
    return bySections.found.length > 0 ? bySections.found : inlineValues(page)
  if (bySections.found.length === 0) return byEvidence
  // both found a list: when they agree, the heading's reading stands (its via names the heading)
  const names = new Set(byEvidence.map((v) => normalise(v.name)))
  const shared = bySections.found.filter((v) => names.has(normalise(v.name))).length
  if (shared * 2 >= Math.min(bySections.found.length, byEvidence.length)) return bySections.found
  // they disagree: a strong values heading ("Our values") outranks evidence, a weak one ("Principles") does not
  return bySections.strong ? bySections.found : byEvidence
}

/** The values read from values-like sections; `strong` when a non-weak heading ("Our values") gave them. */
function valuesBySections(page: Page): { found: CompanyValue[]; strong: boolean } {
  let strong = false
  const found: CompanyValue[] = []
  const seen = new Set<string>()
  // the deepest section first: "Leadership principles" (h2) inside "How we work" (h1) names the list better
  const weak = (s: Section) => isWeakHeading('values', s.pattern)
  const sections = sectionsFor(page, 'values').sort(
    (a, b) => Number(weak(a)) - Number(weak(b)) || b.level - a.level || a.index - b.index,
  )
  for (const strict of sections) {
    if (weak(strict) && found.length > 0) continue
    // a run of same-level card headings only when the values heading has no text of its own
    const bare = strict.blocks.every((b) => b.kind === 'heading')
    const attempts: Array<[Section, ReadonlyArray<[string, Strategy]>]> = [[strict, STRATEGIES]]
    if (bare) attempts.push([looseSection(page, strict), STRATEGIES.slice(0, 1)])
    for (const [section, strategies] of attempts) {
      let added = false
      for (const [name, strategy] of strategies) {
        const candidates = strategy(page, section).filter((c) => usable(c, section))
        if (candidates.length < 2) continue
        for (const c of candidates) {
          const key = normalise(c.name)
          if (seen.has(key)) continue
          seen.add(key)
          const source = sourceOf(page, c.start, c.end, `${headingVia(section.pattern)} ${name}`)
          found.push(
            c.description === undefined
              ? { name: c.name, source }
              : { name: c.name, description: c.description, source },
          )
        }
        added = true
        if (!weak(strict)) strong = true
        break
      }
      if (added) break
    }
  }
  return { found, strong }
}

import type { Source } from '../contracts/dossier.js'
import type { Block, Page } from './page.js'
import { headingVia, sectionsFor, sourceOf } from './sections.js'
import { clean, type Piece, sentencesOf, wordCount } from './sentences.js'
import type { HeadingField, Matcher } from './signals.js'

export interface Statement {
  text: string
  source: Source
}

const STATES =
  /^(?:to|we|our|it is our|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)? (?:exists|is on a mission))\b/i

/** The statement a section opens with: its first sentence, joined to the next when it ends in a colon or is a fragment. */
function opening(page: Page, blocks: readonly Block[], via: string): Statement | null {
  const body = blocks.find((b) => b.kind !== 'break' && b.text.trim() !== '')
  if (!body) return null
  const sentences = sentencesOf(body.text, body.start)
  // the statement is usually the first sentence; a section that opens with
  // scene-setting ("Warehouses run on people…") states it where "We"/"To"/"Our" begins
  const stating = sentences.findIndex((s) => STATES.test(s.text))
  const at = Math.max(stating, 0)
  const first = sentences[at]
  if (!first) return null
  let end = first.end
  const next = sentences[at + 1]
  if ((/:$/.test(first.text) || wordCount(first.text) < 5) && next) end = next.end
  const quote = sourceOf(page, first.start, end, via)
  return { text: clean(quote.quote), source: quote }
}

/** Sentences of every body block (headings included: "We exist to…" is often an h2), in page order. */
const sentenceCache = new WeakMap<
  Page,
  Map<Block['origin'], ReadonlyArray<Piece & { block: Block }>>
>()

export function allSentences(
  page: Page,
  origin: Block['origin'] = 'body',
): ReadonlyArray<Piece & { block: Block }> {
  const cached = sentenceCache.get(page)?.get(origin)
  if (cached) return cached
  const out: Array<Piece & { block: Block }> = []
  for (const b of page.blocks) {
    if (b.kind === 'break' || b.origin !== origin) continue
    for (const s of sentencesOf(b.text, b.start)) out.push({ ...s, block: b })
  }
  // every field reads the same sentences; pages are immutable, so split them once
  const byOrigin = sentenceCache.get(page) ?? new Map()
  byOrigin.set(origin, out)
  sentenceCache.set(page, byOrigin)
  return out
}

/** The sentence that states something, joined to the next one when it ends in a colon ("Our mission is simple:"). */
function withFollower(
  page: Page,
  sentences: ReadonlyArray<Piece & { block: Block }>,
  i: number,
  via: string,
): Statement {
  const s = sentences[i] as Piece & { block: Block }
  const next = sentences[i + 1]
  const end = /:$/.test(s.text) && next ? next.end : s.end
  const source = sourceOf(page, s.start, end, via)
  return { text: clean(source.quote), source }
}

/**
 * A statement field (mission, vision) as a cascade: a section headed like the
 * field (its opening sentence), then the phrase patterns in lexicon order over
 * the body sentences, then the same phrases over JSON-LD text, then null.
 * Body text comes before structured data because an Organization
 * `description` is as often a marketing tagline as a mission.
 */
export function extractStatement(
  page: Page,
  field: HeadingField,
  phrases: readonly Matcher[],
  exclude: ReadonlyArray<Statement | null> = [],
): Statement | null {
  const taken = (start: number) =>
    exclude.some((e) => e && start >= e.source.start && start < e.source.end)
  // real headings before short stand-alone lines, which may be link text ("Our mission")
  const sections = sectionsFor(page, field).sort(
    (a, b) =>
      Number(a.heading.kind !== 'heading') - Number(b.heading.kind !== 'heading') ||
      a.index - b.index,
  )
  for (const section of sections) {
    const found = opening(page, section.blocks, headingVia(section.pattern))
    if (found && !taken(found.source.start)) return found
  }
  for (const origin of ['body', 'json-ld'] as const) {
    const sentences = allSentences(page, origin)
    for (const phrase of phrases) {
      const i = sentences.findIndex((s) => phrase.find(s.text) >= 0 && !taken(s.start))
      if (i >= 0) return withFollower(page, sentences, i, `phrase:${phrase.id}`)
    }
  }
  return null
}

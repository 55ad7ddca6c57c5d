import type { Dossier } from '../contracts/dossier.js'
import type { Page } from './page.js'
import { headingVia, sectionsFor, sourceOf } from './sections.js'
import { clean, sentencesOf, wordCount } from './sentences.js'
import { signals } from './signals.js'
import { allSentences } from './statement.js'

type Initiative = Dossier['initiatives'][number]

const YEAR =
  /\b(?:by|in|until|before|through|from)\s+(?:(?:the\s+)?end\s+of\s+|early\s+|mid-?|late\s+|q[1-4]\s+)?((?:19|20)\d\d)\b/i
const PLAN_VERB =
  /\b(?:plan(?:s|ning)?|aim(?:s|ing)?|expect|target(?:s|ing)?|goal|launch(?:es|ing)?|open(?:s|ing)?|expand(?:s|ing)?|reach(?:ing)?|double|triple|grow(?:ing)?|hire|hiring|invest(?:ing)?|enter(?:ing)?|roll(?:ing)? out|commit(?:ted)?|building|introduc(?:e|ing))\b/i
const MAX = 15

/** short or long from relative phrases, else from a year against the reference year (short: within 2 years). */
export function horizonOf(text: string, year?: number): Initiative['horizon'] {
  const s = signals()
  if (s.longHorizon.some((m) => m.find(text) >= 0)) return 'long'
  if (s.shortHorizon.some((m) => m.find(text) >= 0)) return 'short'
  const m = YEAR.exec(text)
  if (m && year !== undefined) return Number(m[1]) - year <= 2 ? 'short' : 'long'
  return undefined
}

function futureYear(text: string, year?: number): boolean {
  const m = YEAR.exec(text)
  if (!m) return false
  const word = (m[0].split(/\s+/)[0] ?? '').toLowerCase()
  const y = Number(m[1])
  // "by 2030" is a target whatever today's year; "in 2019" is only a plan when it is not past
  if (['by', 'until', 'before', 'through'].includes(word)) return year === undefined || y >= year
  return year !== undefined && y >= year
}

/**
 * Initiatives and plans: every item or sentence under a "What's next",
 * "Roadmap", "Our goals" heading; elsewhere, sentences that carry at least two
 * of: a plan phrase ("we plan to", "expanding into"), a future date ("by
 * 2030", "next year"), a plan verb (launch, open, expand). Two signals, not
 * one, because "we will" alone also opens every values paragraph. Sorted into
 * short and long term when the text says, or by the year against `year`.
 */
export function extractInitiatives(page: Page, year?: number): Initiative[] {
  const out: Initiative[] = []
  const covered = new Set<number>()
  const add = (start: number, end: number, via: string) => {
    if (covered.has(start) || out.length >= MAX) return
    covered.add(start)
    const source = sourceOf(page, start, end, via)
    const text = clean(source.quote)
    const horizon = horizonOf(text, year)
    out.push(horizon ? { text, horizon, source } : { text, source })
  }
  for (const section of sectionsFor(page, 'initiatives')) {
    for (const b of section.blocks) {
      if (b.kind === 'heading' || b.kind === 'break') continue
      for (const s of sentencesOf(b.text, b.start)) {
        // under a plans heading a list item is a plan; a prose sentence must still look like one
        const planLike =
          b.kind === 'item' ||
          PLAN_VERB.test(s.text) ||
          futureYear(s.text, year) ||
          signals().planPhrases.some((p) => p.find(s.text) >= 0)
        if (wordCount(s.text) >= 4 && planLike) add(s.start, s.end, headingVia(section.pattern))
      }
    }
  }
  const plans = signals().planPhrases.filter((p) => p.id !== 'by-year')
  for (const s of allSentences(page)) {
    if (wordCount(s.text) < 5) continue
    const phrase = plans.find((p) => p.find(s.text) >= 0)
    const dated =
      futureYear(s.text, year) ||
      signals()
        .shortHorizon.concat(signals().longHorizon)
        .some((m) => m.find(s.text) >= 0)
    const verb = PLAN_VERB.test(s.text)
    const score = (phrase ? 1 : 0) + (dated ? 1 : 0) + (verb ? 1 : 0)
    if (
      score >= 2 &&
      !/\b(?:founded|since|was|were|did|had)\b/i.test(s.text.split(/\s+/).slice(0, 6).join(' '))
    )
      add(s.start, s.end, phrase ? `phrase:${phrase.id}` : 'phrase:dated-plan')
  }
  return out.sort((a, b) => a.source.start - b.source.start)
}

import type { Dossier } from '../contracts/dossier.js'
import type { Block, Page } from './page.js'
import { headingVia, sectionsFor, sourceOf } from './sections.js'
import { clean, normalise, sentencesOf, wordCount } from './sentences.js'
import { signals } from './signals.js'
import { allSentences } from './statement.js'

type Product = Dossier['products'][number]

const MAX = 20
const PHRASE =
  /\b(?:our (?:products|apps|tools|services|platforms?|solutions) (?:include|are)|(?:products|services) (?:include|such as)|we (?:build|make|offer|sell|develop|design|run|publish|operate)|^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)? (?:builds|makes|offers|sells|develops|designs|publishes|operates)|(?:used|trusted|loved) by|customers (?:include|like|such as)|clients (?:include|like|such as))\s+([^.;:!?]+)/i

function nameOf(b: Block): string {
  if (b.lead) return clean(b.lead).replace(/[\s:.—–-]+$/, '')
  const colon = /^(.{2,50}?)\s*(?::|\s[—–-]\s)/.exec(b.text)
  if (colon?.[1] && wordCount(colon[1]) <= 6) return clean(colon[1])
  const first = sentencesOf(b.text, 0)[0]?.text ?? b.text
  return clean(first).replace(/[.!]$/, '')
}

/**
 * Products and customers: names listed under "Our products" / "What we build"
 * / "Who we serve" headings (sub-headings, list items, lead-ins), then phrases
 * such as "we build X", "our products include A, B and C", "trusted by X".
 * Customer findings carry `via` 'heading:customers…' or the phrase, so a
 * reader can tell a product from a customer.
 */
export function extractProducts(page: Page): Product[] {
  const out: Product[] = []
  const seen = new Set<string>()
  const add = (name: string, start: number, end: number, via: string) => {
    const key = normalise(name)
    if (
      !key ||
      seen.has(key) ||
      signals().ignore.has(key) ||
      wordCount(name) > 10 ||
      out.length >= MAX
    )
      return
    seen.add(key)
    out.push({ name, source: sourceOf(page, start, end, via) })
  }
  for (const field of ['products', 'customers'] as const) {
    for (const section of sectionsFor(page, field)) {
      const subheads = section.blocks.filter((b) => b.kind === 'heading')
      const listed =
        subheads.length >= 1
          ? subheads
          : section.blocks.filter((b) => b.kind === 'item' || b.kind === 'term' || b.lead)
      for (const b of listed) add(nameOf(b), b.start, b.end, headingVia(section.pattern))
    }
  }
  for (const s of allSentences(page)) {
    const m = PHRASE.exec(s.text)
    if (!m?.[1]) continue
    const tail = m[1].trim()
    const parts = tail.split(/,\s*(?:and\s+)?|\s+and\s+/).map((p) => clean(p))
    const names = parts.every((p) => wordCount(p) <= 6) ? parts : [tail]
    for (const n of names)
      if (wordCount(n) >= 1)
        add(
          n,
          s.start,
          s.end,
          `phrase:${normalise(m[0].split(/\s+/).slice(0, 2).join(' ')).replace(/ /g, '-')}`,
        )
  }
  return out
}

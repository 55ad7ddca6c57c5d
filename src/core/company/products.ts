import type { Dossier } from '../contracts/dossier.js'
import type { Block, Page } from './page.js'
import { headingVia, sectionsFor, sourceOf } from './sections.js'
import { clean, normalise, sentencesOf, wordCount } from './sentences.js'
import { signals } from './signals.js'
import { allSentences } from './statement.js'

type Product = Dossier['products'][number]

const MAX = 20
/** "Our products include A, B and C", "customers include X and Y": a list, split on commas and "and". */
const LIST =
  /\b(?:our (?:products|apps|tools|services|platforms?|solutions|brands) include|(?:products|services|brands) (?:include|such as)|(?:customers|clients) (?:include|like|such as))\s+([^.;:!?]+)/i
/** "We build X for Y", "Acme makes X": one product, cut before its purpose ("for", "that", "to"). */
const MAKES =
  /(?:^|[,;]\s+)(?:we|(?!(?:To|And|But|Then|Also|Here|Now|Together|Help|Let)\b)[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?) (?:build|builds|make|makes|offer|offers|sell|sells|develop|develops)\s+([^.;:!?]+)/
/** "Used by 4,000 clinics": who the customers are. */
const USED = /\b(?:used|trusted|loved|relied on) by\s+([^.;:!?]+)/i
const CUT = /\s+(?:that|which|so|because|and help|who)\b.*$|,\s.*$/
/** Cut further when the object is still long: "software for clinics in twelve states" → "software". */
const CUT_MORE = /\s+(?:for|to|with|in|across|from)\b.*$/
/** Objects that are not products: "we make mistakes", "we make a hard call", "we build to last". */
const NOT_PRODUCT =
  /^(?:to|and|or|it|them|this|that|these|those|sure|a|an|the|our|your|their|every|each|more|less|sense|decisions?|mistakes|money|time|in|on|at|with|for|from|of|by|how|what|when|where|why|as|so|better|things|it's|its)\b/i

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
  // values cards say "we build systems the next team can maintain": not products
  const inValues = new Set(
    sectionsFor(page, 'values').flatMap((sec) => sec.blocks.map((b) => b.start)),
  )
  for (const s of allSentences(page)) {
    if (inValues.has(s.block.start)) continue
    const list = LIST.exec(s.text)
    if (list?.[1]) {
      const parts = list[1].split(/,\s+(?:and\s+)?|\s+and\s+/).map((p) => clean(p))
      if (parts.every((p) => wordCount(p) <= 6))
        for (const p of parts) add(p, s.start, s.end, 'phrase:list')
      continue
    }
    for (const [re, via] of [
      [MAKES, 'phrase:we-make'],
      [USED, 'phrase:used-by'],
    ] as const) {
      const cut = clean(re.exec(s.text)?.[1]?.replace(CUT, '') ?? '')
      const object = wordCount(cut) > 8 ? cut.replace(CUT_MORE, '') : cut
      if (object && !NOT_PRODUCT.test(object) && wordCount(object) <= 8)
        add(object, s.start, s.end, via)
    }
  }
  return out
}

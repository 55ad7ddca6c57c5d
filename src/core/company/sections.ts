import type { Source } from '../contracts/dossier.js'
import type { Block, Page } from './page.js'
import { wordCount } from './sentences.js'
import { type HeadingField, headingMatch } from './signals.js'

/** A heading (or a short bold or stand-alone line acting as one) and the blocks under it. */
export interface Section {
  readonly heading: Block
  /** The heading pattern that matched, for `via`. */
  readonly pattern: string
  readonly level: number
  readonly blocks: readonly Block[]
  /** Index of the heading in page.blocks. */
  readonly index: number
}

/** Level given to a paragraph that acts as a heading ("Our values" on its own, or in bold). */
const PSEUDO_LEVEL = 2

/** True when a non-heading block looks like a heading: short, no final stop, or all bold. */
export function isPseudoHeading(block: Block): boolean {
  if (block.kind !== 'para') return false
  const words = wordCount(block.text)
  if (words === 0 || words > 6) return false
  if (
    block.lead &&
    block.lead.replace(/[:\s]+$/, '') === block.text.replace(/[:\s*_]+$/g, '').replace(/^[*_]+/, '')
  )
    return true
  return !/[.!?,;]$/.test(block.text)
}

/** The blocks under block `index` up to the next heading of the same or a higher rank, or a break. */
export function contentAfter(page: Page, index: number, level: number, limit = 80): Block[] {
  const out: Block[] = []
  for (let i = index + 1; i < page.blocks.length && out.length < limit; i++) {
    const b = page.blocks[i] as Block
    if (b.kind === 'break') break
    if (b.kind === 'heading' && b.level <= level) break
    out.push(b)
  }
  return out
}

/** Every section whose heading matches `field` in the lexicon, in page order. */
export function sectionsFor(page: Page, field: HeadingField): Section[] {
  const out: Section[] = []
  page.blocks.forEach((b, index) => {
    if (b.origin !== 'body') return
    const heading = b.kind === 'heading' || isPseudoHeading(b)
    if (!heading) return
    const pattern = headingMatch(field, b.text)
    if (!pattern) return
    const level = b.kind === 'heading' ? b.level : PSEUDO_LEVEL
    const next = page.blocks[index + 1]
    // an eyebrow ("Values", small, above the title) followed by its title heading
    // ("What drives us"): the section is the title's
    if (b.kind !== 'heading' && next?.kind === 'heading' && next.level <= level) {
      out.push({
        heading: b,
        pattern,
        level: next.level,
        blocks: contentAfter(page, index + 1, next.level),
        index,
      })
      return
    }
    out.push({ heading: b, pattern, level, blocks: contentAfter(page, index, level), index })
  })
  return out
}

/** A source over a span of the page text. */
export function sourceOf(page: Page, start: number, end: number, via: string): Source {
  return { quote: page.text.slice(start, end), start, end, via }
}

/** `via` label for a heading pattern: 'heading:our-values'. */
export function headingVia(pattern: string): string {
  return `heading:${pattern.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`
}

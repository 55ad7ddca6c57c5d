import { jsonLdObjects } from './json-ld.js'
import type { Page } from './page.js'
import { clean, normalise, wordCount } from './sentences.js'
import { jobSectionOf, signals } from './signals.js'

/** A job page's title, company and location, read from its header, JSON-LD or first lines. */

/** A "Label: value" line of a job header (Title:, Company:, Location:…). */
export const LABEL =
  /^(job title|title|position|role|company|team|department|location|locations|work mode|workplace|employment type|type)\s*:\s*(.+)$/i

const WORK_MODE_PART = /^(?:remote|hybrid|on-?site|in[- ]office|full[- ]time|part[- ]time)\b/i

/** "Title - Company", "Title at Company", "Title (Remote)": the title and, when given, the company. */
function splitTitle(line: string): { title: string; company?: string } {
  const text = clean(line)
  const at = /^(.+?)\s+(?:at|@)\s+(.+?)(?:\s+[(|–—-].*)?$/.exec(text)
  if (at?.[1] && at[2]) return { title: at[1], company: at[2] }
  const parts = text.split(/\s+[|–—-]\s+/)
  const title = (parts[0] ?? '').replace(/\s*\((?:remote|hybrid|on-?site)[^)]*\)$/i, '').trim()
  const company = parts.slice(1).find((p) => !WORK_MODE_PART.test(p) && wordCount(p) <= 5)
  return company ? { title, company } : { title }
}

/** The title and hiring organisation of a JSON-LD JobPosting, when the page has one. */
function jobPostingOf(jsonLd: readonly unknown[]): { title: string; company?: string } | undefined {
  for (const { record, types } of jsonLdObjects(jsonLd)) {
    if (!types.includes('JobPosting') || typeof record.title !== 'string') continue
    const org = record.hiringOrganization as Record<string, unknown> | undefined
    const company = typeof org?.name === 'string' ? clean(org.name) : undefined
    return company ? { title: clean(record.title), company } : { title: clean(record.title) }
  }
  return undefined
}

/**
 * A page title without the board or site it sits on: "Data Engineer - Acme |
 * Jobs Board" → "Data Engineer - Acme". Trailing parts that name a job board
 * (lexicon boardWords) or the site are dropped; the rest is kept whole.
 */
function titleWithoutBoard(title: string, siteName: string | null | undefined): string {
  const parts = clean(title).split(/\s+[|–—·]\s+|\s+-\s+/)
  const site = siteName ? normalise(siteName) : undefined
  const isBoard = (p: string) =>
    signals().boardWords.some((w) => normalise(p).includes(w)) || normalise(p) === site
  while (parts.length > 1 && isBoard(parts[parts.length - 1] ?? '')) parts.pop()
  if (parts.length > 1 && site && normalise(parts[parts.length - 1] ?? '') === site) parts.pop()
  return parts.join(' - ')
}

/** A heading that names a section or a summary ("Job description", "Class Purpose") is never the title. */
const isSectionHeading = (text: string) => jobSectionOf(clean(text).replace(/:$/, '')) !== undefined

export function titleOf(
  page: Page,
  labels: Map<string, string>,
): { title: string; company?: string } {
  const labelled =
    labels.get('job title') ?? labels.get('title') ?? labels.get('position') ?? labels.get('role')
  if (labelled) return { title: labelled }
  const posting = jobPostingOf(page.meta.jsonLd ?? [])
  if (posting) return posting
  const first = page.blocks.find((b) => b.kind !== 'break')
  const h1 = page.blocks.find((b) => b.kind === 'heading' && b.level === 1)
  const firstHeading = page.blocks.find((b) => b.kind === 'heading')
  // <title> minus the board's name: "Data Analyst - Acme | Jobs Board" (HTML pages only)
  const fromMeta = page.meta.title ? titleWithoutBoard(page.meta.title, page.meta.siteName) : ''
  if (!(h1 && !isSectionHeading(h1.text)) && fromMeta && wordCount(fromMeta) <= 12)
    return { title: fromMeta }
  const heading =
    h1 && !isSectionHeading(h1.text)
      ? h1
      : page.blocks.find((b) => b.kind === 'heading' && !isSectionHeading(b.text))
  // a pasted posting opens with its title line, before any heading
  const titleLine =
    first &&
    first.kind === 'para' &&
    (firstHeading === undefined || first.start < firstHeading.start) &&
    wordCount(first.text) <= 10 &&
    !/[.!?:]$/.test(first.text) &&
    !isSectionHeading(first.text)
  const candidate = titleLine
    ? first
    : heading && (heading === h1 || heading === firstHeading)
      ? heading
      : first && !isSectionHeading(first.text)
        ? first
        : undefined
  // the next line of the text, even when it became its own block ("Quillfeather – Remote")
  const lines = candidate
    ? page.text
        .slice(candidate.start)
        .split('\n', 2)
        .map((l) => l.trim())
    : []
  const line = lines[0] ?? ''
  if (candidate && wordCount(line) <= 12 && !jobSectionOf(line) && !/[.!?]$/.test(line)) {
    const split = splitTitle(line)
    // a pasted posting often has the company on the second line: "Quillfeather – Remote (Americas)"
    const second = lines[1] ? splitTitle(lines[1]).title : undefined
    if (
      !split.company &&
      second &&
      wordCount(second) <= 5 &&
      !WORK_MODE_PART.test(second) &&
      !LABEL.test(lines[1] ?? '')
    )
      return { title: split.title, company: second }
    return split
  }
  const hiring =
    /\b(?:we(?:'re| are) (?:hiring|looking for|seeking)|join us as) (?:an? |our (?:next |first )?)?([A-Z]?[\w -]{2,60}?)(?: to | who |[,.]| in | at )/i.exec(
      page.text,
    )
  return { title: hiring?.[1] ? clean(hiring[1]) : '' }
}

const PLACE =
  /^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*(?:, ?\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]+)*)?$/u

/**
 * A location in a posting's header: a part of "Chicago, IL · Hybrid · Full-time"
 * or "Product Designer (Hybrid, Leeds)" next to a work mode, or a short
 * stand-alone "London, UK" line among the first blocks.
 */
export function headerLocation(page: Page): string | undefined {
  const head = page.blocks.filter((b) => b.kind !== 'break').slice(0, 6)
  for (const b of head) {
    for (const line of b.text.split('\n')) {
      const paren = /\(([^)]*)\)\s*$/.exec(line)?.[1]
      const parts = (paren ?? line).split(/\s*[·|•]\s*|,\s*(?=(?:remote|hybrid|on-?site)\b)/i)
      const fromParen = paren?.split(/,\s*/) ?? []
      const candidates = parts.length > 1 ? parts : fromParen.length > 1 ? fromParen : []
      if (!candidates.some((p) => WORK_MODE_PART.test(p.trim()))) continue
      const place = candidates
        .map((p) => p.trim())
        .find((p) => !WORK_MODE_PART.test(p) && PLACE.test(p))
      if (place) return place
    }
  }
  const alone = head.find(
    (b, i) =>
      i > 0 &&
      b.kind !== 'heading' &&
      wordCount(b.text) <= 4 &&
      /,/.test(b.text) &&
      PLACE.test(b.text.trim()),
  )
  return alone?.text.trim()
}

import { companyNameCues } from '../lexicons/company-name-cues.js'
import { hostingDomains } from '../lexicons/hosting-domains.js'
import { wordSet } from '../lexicons/index.js'
import { alternation } from '../lexicons/load.js'
import { organizationOf } from './html-page.js'
import type { Page } from './page.js'
import { normalise } from './sentences.js'

/** Page titles that name the kind of page ('About us', 'Careers'), not the company. */
const GENERIC = wordSet('notCompanyNames')

/** Patterns built from the name cues once, on first use. */
let patterns: { leadIn: RegExp; legal: RegExp; subdomainSuffix: RegExp } | undefined

function namePatterns(): NonNullable<typeof patterns> {
  if (patterns) return patterns
  const cues = companyNameCues()
  patterns = {
    leadIn: new RegExp(`^(?:(?:${alternation(cues.leadIns, { space: '\\s+' })})\\s+)+`, 'i'),
    // "Acme Inc.", "Muster GmbH": a name that ends in its legal form.
    legal: new RegExp(`\\b(?:${alternation(cues.legalForms)})\\b\\.?$`, 'i'),
    subdomainSuffix: new RegExp(`[-_](?:${alternation(cues.subdomainSuffixes)})$`, 'i'),
  }
  return patterns
}

/** "Working at Pear Deck" → "Pear Deck": a title's lead-ins are not part of the name. */
function withoutLeadIn(name: string): string {
  return name.replace(namePatterns().leadIn, '').trim()
}

/**
 * True when a candidate name is a section heading ("Summary", "Our Culture
 * Principles", "How we work", "Role details") or a team ("Platform
 * Engineering Team"), not a company.
 */
export function isHeadingName(name: string): boolean {
  const cues = companyNameCues()
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}'&]+/u)
    .filter(Boolean)
  if (words.length === 0) return true
  if (words.every((w) => cues.headingWords.includes(w))) return true
  if (cues.headingStarts.includes(words[0] ?? '')) return true
  return words.length > 1 && cues.teamWords.includes(words.at(-1) ?? '')
}

/**
 * A company name as a person would say it, or undefined when the text is a
 * heading or title taken for one: lead-ins dropped ("Careers at Acme" →
 * "Acme"), headings and team names refused, a shouted name in title case.
 */
export function cleanCompanyName(s: string | null | undefined): string | undefined {
  const t = withoutLeadIn(s?.replace(/\s+/g, ' ').trim() ?? '')
  if (!t || t.length > 80 || GENERIC.has(normalise(t)) || isHeadingName(t)) return undefined
  // a shouted heading ("LUMEN HEALTH PARTNERS") in title case; short acronyms ("IBM") stay
  const words = t.split(' ')
  if (t === t.toUpperCase() && words.length >= 2 && words.some((w) => w.length >= 4))
    return words.map((w) => (w.length <= 3 ? w : w.charAt(0) + w.slice(1).toLowerCase())).join(' ')
  return t
}

function fromTitle(title: string): string | undefined {
  const parts = title
    .split(/\s+[|–—·:-]\s+|\s*\|\s*|:\s+/)
    .map((p) => cleanCompanyName(p))
    .filter((p): p is string => p !== undefined && p.split(/\s+/).length <= 4)
  const legal = namePatterns().legal
  return parts.find((p) => legal.test(p)) ?? parts.sort((a, b) => a.length - b.length)[0]
}

function fromUrl(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '')
    if (/^[\d.]+$|^\[|^localhost$/.test(host)) return undefined
    const hosted = hostingDomains().domains.find((d) => host.endsWith(`.${d}`))
    if (hosted) {
      // "center-inc.notion.site": the subdomain is the company, without its legal form
      const sub = (
        host
          .slice(0, -hosted.length - 1)
          .split('.')
          .pop() ?? ''
      )
        .replace(namePatterns().subdomainSuffix, '')
        .replace(/[-_]+/g, ' ')
        .trim()
      return sub ? sub.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : undefined
    }
    const label = host.split('.').slice(-2, -1)[0] ?? host
    return label ? label.charAt(0).toUpperCase() + label.slice(1) : undefined
  } catch {
    return undefined
  }
}

/**
 * The company's name, from the most deliberate statement of it to the least:
 * og:site_name (Readability's siteName), the JSON-LD Organization name, the
 * page title minus "About" / "Careers" parts, an h1 "About X", a sentence
 * opening "At X, we", the URL's domain. Null when none gives one.
 */
export function extractName(page: Page, url?: string): string | null {
  const meta = page.meta
  const candidates = [
    cleanCompanyName(meta.siteName),
    cleanCompanyName(organizationOf(meta.jsonLd ?? [])?.name),
    meta.title ? fromTitle(meta.title) : undefined,
  ]
  for (const c of candidates) if (c) return c
  for (const b of page.blocks) {
    const about =
      b.kind === 'heading'
        ? /^(?:about|welcome to|life at|careers at|join)\s+(.{2,40})$/i.exec(b.text.trim())
        : null
    const name = cleanCompanyName(about?.[1]?.replace(/[.!]$/, ''))
    if (name && !/^(?:us|the|our)\b/i.test(name)) return name
  }
  const at = /(?:^|\.\s)At ([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}),\s+we\b/.exec(page.text)
  if (at?.[1]) return at[1]
  const firstBlock = page.blocks[0]
  const firstHeading =
    page.blocks.find((b) => b.kind === 'heading' && b.level === 1) ??
    (firstBlock?.kind === 'heading' ? firstBlock : undefined)
  if (url) {
    const u = fromUrl(url)
    if (u) return u
  }
  if (!firstHeading) return null
  const fromHeading = fromTitle(firstHeading.text)?.replace(
    /\s+(?:handbook|careers|jobs|blog|wiki)$/i,
    '',
  )
  return fromHeading && fromHeading.split(/\s+/).length <= 3 ? fromHeading : null
}

import { Readability } from '@mozilla/readability'
import { Parser } from 'htmlparser2'
import { parseHTML } from 'linkedom'
import type { PageMetadata } from '../core/company/index.js'
import { PageError } from './page-error.js'

export interface PageLink {
  /** Absolute URL (fragment dropped). */
  href: string
  text: string
}

export interface CleanedPage {
  /** The main content as HTML; keeps headings, lists and `<dl>` for core to read structure from. */
  html: string
  metadata: PageMetadata
  /** Links of the whole page (before cleaning), for following about/values/careers pages. */
  links: PageLink[]
  /** 'readability' when Readability's article was used, 'body' when the cleaned body was (see below). */
  via: 'readability' | 'body'
}

const BOILERPLATE =
  'script, style, noscript, template, svg, nav, footer, aside, form, iframe, [hidden], [aria-hidden="true"]'

interface DomLike {
  document: {
    documentElement: { getAttribute(name: string): string | null } | null
    body: { innerHTML: string; textContent: string | null } | null
    querySelectorAll(selector: string): ArrayLike<{
      textContent: string | null
      getAttribute(name: string): string | null
      remove(): void
      innerHTML: string
    }>
    querySelector(selector: string): { innerHTML: string; textContent: string | null } | null
  }
}

/**
 * Deepest element nesting a page may have. Real pages stay far below it; past a few
 * hundred levels Readability's scoring slows down steeply (1.3 s at 500 levels, over two
 * minutes at 5,000), so a crafted page would tie up the server.
 */
export const MAX_HTML_DEPTH = 256

/**
 * When Readability runs. Its scoring walks ancestors and descendants of each
 * element, so its cost follows the sum of the squares of the elements' depths,
 * not the page's size: 40 chains of 250 nested blocks (110 KB) took 16 s, a
 * real 1 MB page 1.5 s. Real pages, a few thousand elements at a depth of 10 to
 * 40, stay under 5 per character of HTML (the 130 pages of Readability's own
 * test set: at most 4.6, 9,888 elements, depth 38); past 32 per character, or 20,000
 * elements, the cleaned body is used instead (the fallback a card-grid page
 * takes anyway), which costs time in proportion to the page's size.
 * bench/adversarial.bench.ts prints the ratios.
 */
export const READABILITY_LIMITS = { elements: 20_000, depthSquaresPerChar: 32 } as const

/** Most elements a page may have at all: the cleaning that remains is linear, but not free. */
export const MAX_HTML_ELEMENTS = 200_000

/** What the streaming pass measures: deepest nesting, elements, and the sum of their depths squared. */
export interface PageShape {
  deepest: number
  elements: number
  depthSquares: number
}

/** The page's shape, in one streaming pass (void elements close at once). */
export function pageShape(html: string): PageShape {
  let depth = 0
  const shape = { deepest: 0, elements: 0, depthSquares: 0 }
  const parser = new Parser({
    onopentag() {
      depth += 1
      shape.elements += 1
      shape.depthSquares += depth * depth
      if (depth > shape.deepest) shape.deepest = depth
    },
    onclosetag() {
      depth -= 1
    },
  })
  parser.end(html)
  return shape
}

function parse(html: string): DomLike {
  // linkedom needs a whole document; a fragment gets a minimal shell
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(whole) as unknown as DomLike
}

function textLength(s: string | null | undefined): number {
  return (s ?? '').replace(/\s+/g, ' ').trim().length
}

/**
 * Clean a fetched or saved page for core: run @mozilla/readability over a
 * linkedom DOM and hand back the article HTML plus Readability's metadata
 * (title, siteName, excerpt, lang), the page's JSON-LD and its links.
 * Company pages are not articles: a values page is often a grid of short
 * cards that Readability scores low and drops. So when Readability keeps less
 * than 60% of the text of the page's <main> (or body) with navigation,
 * footers, asides and forms removed, that cleaned <main>/body is used instead.
 */
export function cleanPage(html: string, url?: string): CleanedPage {
  const shape = pageShape(html)
  if (shape.deepest > MAX_HTML_DEPTH) {
    throw new PageError(
      `the page nests its elements ${shape.deepest} levels deep (the limit is ${MAX_HTML_DEPTH}): paste its text instead`,
    )
  }
  if (shape.elements > MAX_HTML_ELEMENTS) {
    throw new PageError(
      `the page has ${shape.elements} elements (the limit is ${MAX_HTML_ELEMENTS}): paste its text instead`,
    )
  }
  const readable =
    shape.elements <= READABILITY_LIMITS.elements &&
    shape.depthSquares <= READABILITY_LIMITS.depthSquaresPerChar * html.length
  const first = parse(html)
  const doc = first.document
  const links: PageLink[] = []
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    try {
      const href = new URL(a.getAttribute('href') ?? '', url ?? 'http://invalid/')
      href.hash = ''
      if (url)
        links.push({ href: href.href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() })
    } catch {
      // a malformed href is just not followed
    }
  }
  const jsonLd: unknown[] = []
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      jsonLd.push(JSON.parse(s.textContent ?? ''))
    } catch {
      // malformed structured data is common on real sites
    }
  }
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim()
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()
  for (const el of Array.from(doc.querySelectorAll(BOILERPLATE))) el.remove()
  const main = doc.querySelector('main, [role="main"]')
  const bodyHtml =
    main && textLength(main.textContent) > 0.6 * textLength(doc.body?.textContent)
      ? main.innerHTML
      : (doc.body?.innerHTML ?? '')
  const bodyLength = main ? textLength(main.textContent) : textLength(doc.body?.textContent)

  let article: ReturnType<Readability['parse']> = null
  try {
    if (readable) {
      article = new Readability(parse(html).document as unknown as Document, {
        charThreshold: 200,
      }).parse()
    }
  } catch {
    article = null
  }
  const metadata: PageMetadata = { jsonLd }
  const setIf = (
    key: 'title' | 'siteName' | 'excerpt' | 'lang',
    value: string | null | undefined,
  ) => {
    if (value) metadata[key] = value
  }
  // the document's own <title>: Readability's cut of it can keep the site's part and drop the page's
  setIf('title', title ?? article?.title)
  setIf('siteName', article?.siteName)
  setIf('excerpt', article?.excerpt)
  setIf('lang', article?.lang ?? lang)
  const useArticle = article?.content && textLength(article.textContent) >= 0.6 * bodyLength
  // Readability shows the title apart and drops the h1 that repeats it; on a
  // company page that h1 is often the section heading ("Our values"), so put it back
  const articleText = (article?.textContent ?? '').replace(/\s+/g, ' ')
  const lostH1 = h1 && !articleText.includes(h1) ? `<h1>${escapeHtml(h1)}</h1>` : ''
  return {
    html: useArticle ? `${lostH1}${article?.content ?? ''}` : bodyHtml,
    metadata,
    links,
    via: useArticle ? 'readability' : 'body',
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

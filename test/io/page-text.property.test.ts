import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractDossier } from '../../src/core/company/index.js'
import { dossierSchema } from '../../src/core/contracts/dossier.js'
import { PageError } from '../../src/io/page-error.js'
import { cleanPage, MAX_HTML_DEPTH } from '../../src/io/page-text.js'

/**
 * HTML → page text → dossier, on what a hostile or broken page sends: binary bytes
 * read as text, unclosed and misnested tags, junk attributes and entities, huge
 * nesting. cleanPage and extractDossier never throw and always give a valid dossier.
 * (src/core/company/robustness.test.ts covers extractDossier alone on tag soup.)
 */

const SEED = 20261126

const TAGS = [
  'html',
  'body',
  'main',
  'article',
  'h1',
  'h2',
  'ul',
  'li',
  'p',
  'dl',
  'dt',
  'dd',
  'script',
  'style',
  'template',
  'svg',
  'table',
  'td',
]

const piece = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom(
    '<meta property="og:description" content="',
    '<script type="application/ld+json">{"@type":"Organization","description":',
    '<a href="javascript:alert(1)">',
    '<a href="%%%">x</a>',
    '<base href="::::">',
    '<!--',
    '<![CDATA[',
    '&#xFFFFFF;',
    '&#0;',
    '&nbsp',
    '<h2>Our values</h2>',
    '<li><b>Curiosity</b>: we ask why.</li>',
    'We exist to make care simple.',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
)

const page = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((a) => a.join('')),
  // Binary bytes decoded as text, as a page with the wrong charset arrives.
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('utf8')),
)

const url = fc.constantFrom(undefined, 'https://acme.example/about', 'http://[::1]/', 'not a url')

describe('cleanPage and extractDossier (property)', () => {
  it('never throw on broken or binary pages, and give a valid dossier', () => {
    fc.assert(
      fc.property(page, url, (html, base) => {
        const cleaned = cleanPage(html, base)
        expect(typeof cleaned.html).toBe('string')
        const result = extractDossier({
          html: cleaned.html,
          metadata: cleaned.metadata,
          year: 2026,
        })
        expect(dossierSchema.safeParse(result.dossier).success).toBe(true)
      }),
      { numRuns: 150, seed: SEED },
    )
  })

  // Readability slows steeply with depth (500 levels 1.3 s, 5,000 over two minutes), so
  // cleanPage refuses pages past MAX_HTML_DEPTH with a PageError instead of hanging.
  it('cleans deep (within the limit) and large pages, and refuses deeper ones by name', () => {
    const nested = (levels: number) =>
      `${'<div>'.repeat(levels)}<p>We exist to make care simple.</p>${'</div>'.repeat(levels)}`
    const large = `<main>${'<p>We build tools for clinics. </p>'.repeat(40_000)}</main>`
    for (const html of [nested(MAX_HTML_DEPTH - 10), large, '\u0000'.repeat(100_000)]) {
      const cleaned = cleanPage(html)
      const result = extractDossier({ html: cleaned.html, metadata: cleaned.metadata, year: 2026 })
      expect(dossierSchema.safeParse(result.dossier).success).toBe(true)
    }
    expect(() => cleanPage(nested(5_000))).toThrow(PageError)
    expect(() => cleanPage(nested(MAX_HTML_DEPTH + 1))).toThrow(
      `the page nests its elements ${MAX_HTML_DEPTH + 2} levels deep (the limit is ${MAX_HTML_DEPTH}): paste its text instead`,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { pageFromHtml } from './html-page.js'
import { pageFromText } from './text-page.js'

const compact = (html: string) =>
  pageFromHtml(html).blocks.map(
    (b) => `${b.kind}${b.level || ''}${b.lead ? `[${b.lead}]` : ''} ${b.text}`,
  )

describe('pageFromHtml', () => {
  it('turns headings, paragraphs, items and dl into blocks, dropping scripts and navigation', () => {
    const html = `<nav><a>Home</a></nav><h2>Our values</h2><script>x()</script>
      <ul><li><strong>Own it.</strong> We finish.</li><li>Be kind</li></ul><dl><dt>Open</dt><dd>Share.</dd></dl><footer>©</footer>`
    expect(compact(html)).toEqual([
      'heading2 Our values',
      'item[Own it.] Own it. We finish.',
      'item Be kind',
      'term Open',
      'def Share.',
    ])
  })

  it('keeps every block text equal to its slice of the page text', () => {
    const page = pageFromHtml(
      '<h1>A &amp; B</h1><p>One\n  two.</p><ul><li>x</li><li>y</li></ul><p>End</p>',
    )
    for (const b of page.blocks) expect(page.text.slice(b.start, b.end)).toBe(b.text)
    expect(page.text).toBe('A & B\n\nOne two.\n\nx\ny\n\nEnd')
  })

  it('survives broken markup and reads <title>, og:site_name, lang and JSON-LD', () => {
    const page = pageFromHtml(
      '<html lang="fr"><head><title>T</title><meta property="og:site_name" content="S"><script type="application/ld+json">{"@type":"Organization","name":"Org","description":"We exist to test."}</script></head><body><h2>Hi<p>open <b>bold',
    )
    expect(page.meta).toMatchObject({ title: 'T', siteName: 'S', lang: 'fr' })
    expect(page.blocks.at(-1)).toMatchObject({ origin: 'json-ld', text: 'We exist to test.' })
    expect(page.text).toContain('open bold')
  })

  it('turns <hr> into one section break and ignores hidden elements', () => {
    expect(compact('<p>a</p><hr><hr><p hidden>secret</p><p>b</p>')).toEqual([
      'para a',
      'break ',
      'para b',
    ])
  })
})

describe('pageFromText', () => {
  it('reads Markdown headings, bullets, bold lead-ins and "Name: description" lines over the original offsets', () => {
    const text =
      '# Acme\n\nOur values\n- **Be kind** to all\n- Ship it\n\nIntegrity: tell the truth\nCare: listen first\n'
    const page = pageFromText(text)
    expect(page.blocks.map((b) => `${b.kind} ${b.text}${b.lead ? ` [${b.lead}]` : ''}`)).toEqual([
      'heading # Acme'.replace('# ', ''),
      'heading Our values',
      'item **Be kind** to all [Be kind]',
      'item Ship it',
      'para Integrity: tell the truth',
      'para Care: listen first',
    ])
    for (const b of page.blocks) expect(text.slice(b.start, b.end)).toBe(b.text)
  })

  it('joins wrapped lines of one paragraph', () => {
    const page = pageFromText('We exist to help\nclinics save time.\n\nNext.')
    expect(page.blocks[0]).toMatchObject({
      kind: 'para',
      text: 'We exist to help\nclinics save time.',
    })
  })
})

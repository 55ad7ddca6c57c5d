import { describe, expect, it } from 'vitest'
import { cleanPage } from './page-text.js'

const ARTICLE = `<!doctype html><html lang="en"><head><title>Our values | Acme</title>
<meta property="og:site_name" content="Acme">
<script type="application/ld+json">{"@type":"Organization","name":"Acme"}</script></head>
<body><nav><a href="/about">About us</a><a href="/careers">Careers</a></nav>
<main><h1>Our values</h1><p>${'Acme makes tools for bakers and the people who love bread. '.repeat(8)}</p>
<ul><li><b>Bake daily.</b> Fresh beats perfect.</li><li><b>Share the oven.</b> Teach what you know.</li></ul></main>
<footer><a href="/privacy">Privacy</a></footer></body></html>`

describe('cleanPage', () => {
  it('keeps the structure core needs, puts back the h1 Readability shows apart, and passes metadata', () => {
    const page = cleanPage(ARTICLE, 'https://acme.test/values')
    expect(page.html).toContain('<h1>Our values</h1>')
    expect(page.html).toMatch(/<li><b>Bake daily\.<\/b>/)
    expect(page.html).not.toContain('Privacy')
    expect(page.metadata).toMatchObject({ siteName: 'Acme', lang: 'en' })
    expect(page.metadata.jsonLd).toEqual([{ '@type': 'Organization', name: 'Acme' }])
    expect(page.links.map((l) => l.href)).toEqual([
      'https://acme.test/about',
      'https://acme.test/careers',
      'https://acme.test/privacy',
    ])
  })

  it('falls back to the cleaned body when Readability keeps too little of the page', () => {
    const story = `<article><h2>Our story</h2><p>${'We started in a small bakery with one oven and a lot of flour. '.repeat(6)}</p></article>`
    const cards = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="sidebar-card"><h3>Value ${i}</h3><p>${'We keep this promise to every customer and colleague. '.repeat(3)}</p></div>`,
    ).join('')
    const page = cleanPage(
      `<html><body><nav>x</nav>${story}<div class="sidebar">${cards}</div><footer>f</footer></body></html>`,
    )
    expect(page.via).toBe('body')
    expect(page.html).toContain('Value 5')
    expect(page.html).not.toContain('<nav>')
  })

  it('does not throw on empty or fragmentary input', () => {
    expect(cleanPage('').html).toBe('')
    expect(cleanPage('<p>only a fragment').html).toContain('only a fragment')
  })
})

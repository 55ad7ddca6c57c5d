import { describe, expect, it } from 'vitest'
import { pageFromHtml } from './html-page.js'
import { extractName } from './name.js'
import { pageFromText } from './text-page.js'

describe('extractName', () => {
  it('prefers og:site_name, then JSON-LD, then the title without "About"', () => {
    expect(
      extractName(
        pageFromHtml('<meta property="og:site_name" content="Acme"><title>About | Other</title>'),
      ),
    ).toBe('Acme')
    expect(
      extractName(
        pageFromHtml(
          '<script type="application/ld+json">{"@type":"Corporation","name":"Zed"}</script><title>x</title>',
        ),
      ),
    ).toBe('Zed')
    expect(extractName(pageFromHtml('<title>Our Story – Harbourline Freight</title>'))).toBe(
      'Harbourline Freight',
    )
    expect(extractName(pageFromHtml('<title>Über uns – Kieselwerk GmbH</title>'))).toBe(
      'Kieselwerk GmbH',
    )
  })

  it('falls back to "About X", the URL, a first heading, or null', () => {
    expect(extractName(pageFromHtml('<h1>About Ferrous Works</h1><p>x</p>'))).toBe('Ferrous Works')
    expect(extractName(pageFromHtml('<p>Hello.</p>'), 'https://www.brightwell.example/about')).toBe(
      'Brightwell',
    )
    expect(extractName(pageFromText('Bramble Books\n\nWe publish books.'))).toBe('Bramble Books')
    expect(extractName(pageFromHtml('<p>Hello.</p>'))).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { pageFromHtml } from './html-page.js'
import { cleanCompanyName, extractName } from './name.js'
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

describe('cleanCompanyName', () => {
  it.each([
    ['Working at Lanternfish', 'Lanternfish'],
    ['Careers at Orchard & Vine', 'Orchard & Vine'],
    ['About Kestrel Labs', 'Kestrel Labs'],
    ['Join Brightwater', 'Brightwater'],
    ['Culture Amp', 'Culture Amp'],
    ['Work & Co', 'Work & Co'],
    ['IBM', 'IBM'],
  ])('keeps the name in %j: %j', (raw, name) => {
    expect(cleanCompanyName(raw)).toBe(name)
  })

  it.each([
    'Summary',
    'Our Culture Principles',
    'How we work',
    'Role details',
    'Engineering',
    'Styling Platform Engineering Team',
    'Working at',
    'Our values',
    'Our Cooperative Principles',
    'What we believe',
  ])('refuses the heading %j', (raw) => {
    expect(cleanCompanyName(raw)).toBeUndefined()
  })

  it('takes no heading for a name and falls back to null', () => {
    expect(extractName(pageFromText('## Summary\n\nThis page describes how we work.'))).toBeNull()
    expect(extractName(pageFromHtml('<title>Our Culture Principles</title><p>x</p>'))).toBeNull()
    expect(extractName(pageFromHtml('<title>Working at Lanternfish</title><p>x</p>'))).toBe(
      'Lanternfish',
    )
  })
})

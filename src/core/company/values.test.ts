import { describe, expect, it } from 'vitest'
import { pageFromHtml } from './html-page.js'
import { pageFromText } from './text-page.js'
import { extractValues } from './values.js'

const names = (html: string) =>
  extractValues(pageFromHtml(html)).map(
    (v) => `${v.name}${v.description ? ` = ${v.description}` : ''} (${v.source.via})`,
  )

describe('extractValues', () => {
  it('reads cards: sub-headings with their paragraph', () => {
    expect(
      names(
        '<h2>Our values</h2><div><h3>Be a Good Ancestor</h3><p>Build for later.</p></div><div><h3>Disagree and commit</h3><p>Argue, then row.</p></div>',
      ),
    ).toEqual([
      'Be a Good Ancestor = Build for later. (heading:our-values subheadings)',
      'Disagree and commit = Argue, then row. (heading:our-values subheadings)',
    ])
  })

  it('reads definition lists, bold lead-ins and "Name: description" lines', () => {
    expect(
      names(
        '<h2>What we believe</h2><dl><dt>Open</dt><dd>Share code.</dd><dt>Useful</dt><dd>Ship.</dd></dl>',
      ),
    ).toEqual([
      'Open = Share code. (heading:what-we-believe dl)',
      'Useful = Ship. (heading:what-we-believe dl)',
    ])
    expect(
      names(
        '<h3>Our principles</h3><p><b>Show the work.</b> Early drafts.</p><p><b>Rest</b>: no heroics.</p>',
      ).map((s) => s.split(' (')[0]),
    ).toEqual(['Show the work = Early drafts.', 'Rest = no heroics.'])
    expect(
      names('<h2>Core values</h2><p>Integrity: the truth.<br>Care — we listen.</p>').map(
        (s) => s.split(' (')[0],
      ),
    ).toEqual(['Integrity = the truth.', 'Care = we listen.'])
  })

  it('reads a plain list, splitting "Short name. Longer description." items', () => {
    expect(
      names(
        '<h2>How we work</h2><ol><li>Members decide. Every project gets a vote.</li><li>Share the surplus</li></ol>',
      ).map((s) => s.split(' (')[0]),
    ).toEqual(['Members decide = Every project gets a vote.', 'Share the surplus'])
  })

  it('takes values from list structure, not vocabulary: any listed phrase counts, unlisted value words do not', () => {
    expect(
      names('<h2>Values</h2><ul><li>Tacos on Tuesday</li><li>Leave the campsite cleaner</li></ul>'),
    ).toHaveLength(2)
    expect(
      names('<h2>About</h2><p>We value integrity, teamwork and respect in everything.</p>'),
    ).toEqual([])
  })

  it('falls back to "our values are A, B, and C"', () => {
    const page = pageFromText('Intro.\n\nOur values are safety, punctuality, and respect.')
    expect(extractValues(page).map((v) => v.name)).toEqual(['safety', 'punctuality', 'respect'])
  })

  it('skips calls to action and needs at least two items', () => {
    expect(names('<h2>Our values</h2><ul><li>Learn more</li><li>Be kind</li></ul>')).toEqual([])
  })

  it('stops a run of same-level cards at a heading for another topic', () => {
    const html =
      '<h3>Our values</h3><h3>Safety first</h3><p>Stop for people.</p><h3>Build with the floor</h3><p>Test with pickers.</p><h3>Careers</h3><p>We are hiring.</p>'
    expect(names(html).map((s) => s.split(' =')[0])).toEqual([
      'Safety first',
      'Build with the floor',
    ])
  })

  it('gives sources whose quote is the slice of the page text', () => {
    const page = pageFromHtml('<h2>Our values</h2><ul><li>Be kind</li><li>Ship it</li></ul>')
    for (const v of extractValues(page))
      expect(page.text.slice(v.source.start, v.source.end)).toBe(v.source.quote)
  })
})

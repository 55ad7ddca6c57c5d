import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dossierSchema, type Source } from '../contracts/dossier.js'
import { extractDossier } from './dossier.js'

const TAGS = [
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'ol',
  'dl',
  'dt',
  'dd',
  'div',
  'b',
  'strong',
  'hr',
  'br',
  'table',
  'td',
  'script',
]
const WORDS = [
  'Our values',
  'Our mission is to',
  'we exist to',
  'Be kind',
  'Ship it:',
  '—',
  'by 2030',
  'remote-first',
  '😀',
  'e\u0301',
  '&amp;',
  '<',
  '’',
  '\n',
  '  ',
]

const fragment = fc.array(
  fc.oneof(
    fc.constantFrom(...TAGS).map((t) => `<${t}>`),
    fc.constantFrom(...TAGS).map((t) => `</${t}>`),
    fc.constantFrom(...WORDS),
    fc.string({ maxLength: 12 }),
  ),
  { maxLength: 60 },
)

function pageSources(d: ReturnType<typeof extractDossier>['dossier']): Source[] {
  return [
    d.mission?.source,
    d.vision?.source,
    ...d.values.map((v) => v.source),
    ...d.culture.map((c) => c.source),
    ...d.initiatives.map((i) => i.source),
    ...d.products.map((p) => p.source),
  ].filter((s): s is Source => s !== undefined)
}

describe('extractDossier on arbitrary input', () => {
  it('never throws, always returns a valid dossier, and every source is a slice of the text', () => {
    fc.assert(
      fc.property(fragment, fc.boolean(), (parts, asHtml) => {
        const raw = parts.join('')
        const { dossier, text, jobText } = extractDossier(
          asHtml ? { html: raw, jobHtml: raw } : { text: raw, jobText: raw },
        )
        expect(dossierSchema.safeParse(dossier).success).toBe(true)
        for (const s of pageSources(dossier)) {
          expect(s.start).toBeGreaterThanOrEqual(0)
          expect(s.start).toBeLessThanOrEqual(s.end)
          expect(text.slice(s.start, s.end)).toBe(s.quote)
        }
        const job = dossier.job
        if (job)
          for (const s of [...job.responsibilities, ...job.requirements, ...job.niceToHave])
            expect(jobText.slice(s.source.start, s.source.end)).toBe(s.source.quote)
      }),
      { numRuns: 300 },
    )
  })

  it('reads a large page in reasonable time', () => {
    const card =
      '<h3>Be kind</h3><p>We are remote-first and we plan to launch in Canada by 2030. Our mission is to help.</p>'
    const html = `<h2>Our values</h2>${card.repeat(8000)}`
    const started = performance.now()
    const { dossier } = extractDossier({ html })
    expect(dossier.values.length).toBeGreaterThan(0)
    expect(performance.now() - started).toBeLessThan(15_000)
  })
})

import { describe, expect, it } from 'vitest'
import { dossierSchema } from '../contracts/dossier.js'
import { englishShare, extractDossier, looksBinary } from './dossier.js'

const PAGE = `<title>About | Fernleaf</title><h1>About Fernleaf</h1><h2>Our mission</h2><p>To give every clinician an hour back.</p>
<h2>Our values</h2><ul><li><b>Patients first.</b> Always.</li><li><b>Disagree and commit.</b> Then row together.</li></ul>
<p>We are remote-first and we plan to launch in Canada next year.</p>`

describe('extractDossier', () => {
  it('builds a contract-valid dossier whose sources are slices of the returned text', () => {
    const { dossier, text } = extractDossier({
      html: PAGE,
      jobText: 'Engineer\n\nRequirements:\n- 5 years of Go',
      year: 2026,
    })
    expect(dossierSchema.parse(dossier)).toEqual(dossier)
    expect(dossier.name).toBe('Fernleaf')
    expect(dossier.values.map((v) => v.name)).toEqual(['Patients first', 'Disagree and commit'])
    expect(dossier.culture.map((c) => c.signal)).toContain('remote')
    expect(dossier.initiatives[0]?.horizon).toBe('short')
    expect(dossier.job?.company).toBe('Fernleaf')
    const sources = [
      dossier.mission?.source,
      ...dossier.values.map((v) => v.source),
      ...dossier.culture.map((c) => c.source),
    ]
    for (const s of sources) expect(s && text.slice(s.start, s.end)).toBe(s?.quote)
  })

  it('warns and returns a partial dossier for empty, binary, markup-only and non-English input', () => {
    expect(extractDossier({}).dossier.warnings).toEqual([
      'nothing to read: give a company page or a job description',
    ])
    expect(extractDossier({ text: '' }).dossier.warnings).toEqual(['the page is empty'])
    expect(
      extractDossier({ html: '<script>x()</script><nav>Home</nav>' }).dossier.warnings[0],
    ).toMatch(/no readable text/)
    expect(
      extractDossier({ text: 'PK\u0003\u0004\u0000\u0000binary' }).dossier.warnings[0],
    ).toMatch(/looks binary/)
    const german = extractDossier({
      html: '<h2>Unsere Mission</h2><p>Wir wollen Handwerksbetrieben die Büroarbeit abnehmen, damit sie mehr Zeit auf der Baustelle haben und ihre Kunden besser bedienen können, jeden Tag und überall im Land.</p>',
    })
    expect(german.dossier.warnings[0]).toMatch(/^the page is not in English: headway reads English/)
    // not mined with English cue words ("Mission" is one)
    expect(german.dossier.mission).toBeNull()
    expect(german.dossier.values).toEqual([])
  })

  it('warns when the job and the page name different companies', () => {
    const { dossier } = extractDossier({
      html: PAGE,
      jobText: 'Welder at Ferrous Works\n\nDuties:\n- Weld beams',
    })
    expect(dossier.warnings).toEqual([
      'the job is at Ferrous Works but the page is about Fernleaf: check both belong to the same company',
    ])
  })

  it('reads a job alone and takes the name from it', () => {
    const { dossier, jobText } = extractDossier({
      jobText: 'Welder at Ferrous Works\n\nDuties:\n- Weld beams',
    })
    expect(dossier.name).toBe('Ferrous Works')
    expect(jobText).toContain('Weld beams')
  })
})

describe('input checks', () => {
  it('measures English and binary content', () => {
    expect(englishShare('We build the tools that you use for your work.')).toBeGreaterThan(0.3)
    expect(englishShare('Wir bauen Werkzeuge für Handwerker und Betriebe.')).toBeLessThan(0.08)
    expect(looksBinary('plain text')).toBe(false)
    expect(looksBinary('a\u0000b')).toBe(true)
  })
})

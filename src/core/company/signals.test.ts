import { describe, expect, it } from 'vitest'
import { companySignals, jobSignals } from '../lexicons/company-signals.js'
import { compile, headingMatch, jobSectionOf, signals } from './signals.js'

describe('company and job lexicons', () => {
  it('validate, and every list is free of duplicates', () => {
    const s = signals()
    const lists: string[][] = [
      ...Object.values(s.company.headings).map((l) => l.map((e) => e.pattern)),
      ...Object.values(s.company.phrases).map((l) => l.map((e) => e.pattern)),
      ...s.company.culture.map((c) => c.phrases),
      s.job.sections.map((e) => `${e.section}:${e.pattern}`),
      s.job.skills.terms,
    ]
    for (const list of lists) expect(new Set(list).size).toBe(list.length)
  })

  it('carry a source on every entry and a note on each file', () => {
    const company = companySignals()
    const job = jobSignals()
    expect(company.note.length).toBeGreaterThan(20)
    expect(job.note.length).toBeGreaterThan(20)
    const entries = [
      ...Object.values(company.headings).flat(),
      ...Object.values(company.phrases).flat(),
      ...company.culture,
      ...job.sections,
      ...job.workModes.entries,
    ]
    for (const e of entries) expect(e.source, JSON.stringify(e)).toMatch(/\S/)
  })

  it('match headings most specific first', () => {
    expect(headingMatch('values', 'Our Core Values')).toBe('our core values')
    expect(headingMatch('values', 'Values')).toBe('values')
    expect(
      headingMatch('mission', 'Learn how we think about the mission of this long heading text'),
    ).toBeUndefined()
    expect(jobSectionOf('Preferred qualifications')).toBe('niceToHave')
    expect(jobSectionOf("What you'll do")).toBe('responsibilities')
  })

  it('compile whole-word, case-insensitive matchers that accept curly apostrophes', () => {
    const m = compile('x', "we're expanding")
    expect(m.find('Now We’re expanding fast')).toBe(4)
    expect(compile('y', 'craft').find('aircraft')).toBe(-1)
  })
})

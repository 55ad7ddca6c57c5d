import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Dossier, dossierSchema, type Source } from '../../src/core/contracts/dossier.js'
import {
  COMPANY_FIXTURES,
  companyCases,
  expectedPath,
  jobCases,
  runCompanyCase,
  runJobCase,
} from './fixture-runner.js'

/** Every source in a dossier, page sources and job sources apart (they point into different texts). */
function sources(d: Dossier): { page: Source[]; job: Source[] } {
  const page = [
    d.mission?.source,
    d.vision?.source,
    ...d.values.map((v) => v.source),
    ...d.culture.map((c) => c.source),
    ...d.initiatives.map((i) => i.source),
    ...d.products.map((p) => p.source),
  ].filter((s): s is Source => s !== undefined)
  const job = d.job
    ? [...d.job.responsibilities, ...d.job.requirements, ...d.job.niceToHave].map((s) => s.source)
    : []
  return { page, job }
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown

describe('company page fixtures (update with scripts/update-company-fixtures.ts)', () => {
  it('has at least 15 cases', () => expect(companyCases().length).toBeGreaterThanOrEqual(15))

  for (const name of companyCases()) {
    it(name, () => {
      const { dossier, text } = runCompanyCase(name)
      expect(dossierSchema.parse(dossier)).toEqual(dossier)
      for (const s of sources(dossier).page) {
        expect(s.end).toBeLessThanOrEqual(text.length)
        expect(text.slice(s.start, s.end)).toBe(s.quote)
      }
      expect(dossier).toEqual(read(expectedPath('company', name)))
    })
  }
})

describe('job description fixtures', () => {
  it('has at least 10 cases', () => expect(jobCases().length).toBeGreaterThanOrEqual(10))

  for (const file of jobCases()) {
    it(file, () => {
      const { dossier, jobText } = runJobCase(file)
      expect(dossierSchema.parse(dossier)).toEqual(dossier)
      for (const s of sources(dossier).job) expect(jobText.slice(s.start, s.end)).toBe(s.quote)
      expect(dossier).toEqual(read(expectedPath('job', file)))
    })
  }
})

describe('behaviour the fixtures were written for (hand-checked, independent of expected.json)', () => {
  const gold = (name: string) =>
    read(join(COMPANY_FIXTURES, name, 'gold.json')) as { values: string[]; mission: string | null }

  it.each([
    'values-cards',
    'careers-bulleted',
    'values-verbs',
    'dl-values',
    'bold-leadins',
    'name-colon-lines',
    'broken-html',
  ])('%s: values match the gold list exactly', (name) => {
    expect(runCompanyCase(name).dossier.values.map((v) => v.name)).toEqual(gold(name).values)
  })

  it('about-long-buried-mission: finds the mission in the third paragraph', () => {
    const { dossier } = runCompanyCase('about-long-buried-mission')
    expect(dossier.mission?.text).toContain('make every shipment as predictable as a timetable')
    expect(dossier.mission?.source.via).toBe('phrase:our-mission-is')
  })

  it('no-values and footer-noise: no values, products and plans still found', () => {
    const { dossier } = runCompanyCase('no-values')
    expect(dossier.values).toEqual([])
    expect(dossier.products.map((p) => p.name)).toContain('Morning Brief')
    expect(dossier.initiatives.length).toBeGreaterThan(0)
    expect(runCompanyCase('footer-noise').dossier.values).toEqual([])
  })

  it('german-page and empty-page: a warning and a partial dossier', () => {
    expect(runCompanyCase('german-page').dossier.warnings[0]).toMatch(/not in English/)
    expect(runCompanyCase('empty-page').dossier.warnings[0]).toMatch(/no readable text/)
  })

  it('json-ld: the mission comes from structured data when the body has none', () => {
    expect(runCompanyCase('json-ld').dossier.mission?.source.via).toBe('phrase:we-exist-to')
  })

  it('jobs: the key facts of a few postings', () => {
    expect(runJobCase('backend-engineer.md').dossier.job).toMatchObject({
      title: 'Senior Backend Engineer',
      company: 'Larkspur Health',
      years: 5,
      workMode: 'remote',
    })
    expect(runJobCase('nurse-educator.txt').dossier.job).toMatchObject({
      location: 'Sausalito, CA',
      workMode: 'onsite',
    })
    expect(runJobCase('ml-engineer.html').dossier.job?.niceToHave.map((s) => s.text)).toEqual([
      'Experience with hierarchical forecasting',
      'Retail domain knowledge',
    ])
    expect(runJobCase('empty-job.txt').dossier.warnings).toEqual(['the job description is empty'])
  })
})

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type DossierResult, extractDossier } from '../../src/core/company/index.js'
import { cleanPage } from '../../src/io/page-text.js'

/** Fixture folders (Readability's test-pages layout): <case>/{page.html|page.txt, expected.json, gold.json}. */
export const COMPANY_FIXTURES = resolve(import.meta.dirname, '../fixtures/company')
export const JOB_FIXTURES = resolve(import.meta.dirname, '../fixtures/jobs')

/** The reference year fixtures are read with, so horizons do not drift with the clock. */
export const FIXTURE_YEAR = 2026

export function companyCases(): string[] {
  return readdirSync(COMPANY_FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
}

/** Run one company fixture the way `headway company FILE` does: io cleaning, then core extraction. */
export function runCompanyCase(name: string): DossierResult {
  const dir = join(COMPANY_FIXTURES, name)
  for (const file of ['page.txt', 'page.md']) {
    const path = join(dir, file)
    if (existsSync(path))
      return extractDossier({ text: readFileSync(path, 'utf8'), year: FIXTURE_YEAR })
  }
  const cleaned = cleanPage(readFileSync(join(dir, 'page.html'), 'utf8'))
  return extractDossier({ html: cleaned.html, metadata: cleaned.metadata, year: FIXTURE_YEAR })
}

export function jobCases(): string[] {
  return readdirSync(JOB_FIXTURES)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
}

/** Run one job fixture: text and Markdown as given, HTML through the same cleaning as pages. */
export function runJobCase(file: string): DossierResult {
  const content = readFileSync(join(JOB_FIXTURES, file), 'utf8')
  if (file.endsWith('.html'))
    return extractDossier({ jobHtml: cleanPage(content).html, year: FIXTURE_YEAR })
  return extractDossier({ jobText: content, year: FIXTURE_YEAR })
}

export function expectedPath(kind: 'company' | 'job', name: string): string {
  return kind === 'company'
    ? join(COMPANY_FIXTURES, name, 'expected.json')
    : join(JOB_FIXTURES, name.replace(/\.(txt|md|html)$/, '.expected.json'))
}

import { describe, expect, it } from 'vitest'
import type { Job, StoredApplication, StoredCompany } from '../core/index.js'
import { roleDossier } from './roleDossier.js'

const stamp = { createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' }
const job = (title: string): Job => ({
  title,
  responsibilities: [],
  requirements: [],
  niceToHave: [],
  skills: [],
})
const company: StoredCompany = {
  id: 'c',
  name: 'Lumen',
  dossier: {
    name: 'Lumen',
    mission: null,
    vision: null,
    values: [],
    culture: [],
    initiatives: [],
    products: [],
    job: job('Data analyst'),
    warnings: [],
  },
  ...stamp,
}
const app = (extra: Partial<StoredApplication>): StoredApplication => ({
  id: 'a',
  companyId: 'c',
  role: 'Analytics engineer',
  status: 'researching',
  ...stamp,
  ...extra,
})

describe('roleDossier', () => {
  it("uses the role's own posting over the first role's, keeping the company's dossier", () => {
    const seen = roleDossier(company, app({ job: job('Analytics engineer') }))
    expect(seen?.dossier.job?.title).toBe('Analytics engineer')
    expect(seen?.dossier.name).toBe('Lumen')
    expect(company.dossier.job?.title).toBe('Data analyst')
  })

  it('leaves the dossier as it is when the role brought no posting', () => {
    expect(roleDossier(company, app({}))).toBe(company)
    expect(roleDossier(undefined, app({}))).toBeUndefined()
  })
})

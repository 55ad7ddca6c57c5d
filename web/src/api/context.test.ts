import { describe, expect, it } from 'vitest'
import { critiqueContextSchema, profileSchema, type StoredCompany } from '../core/index.js'
import { critiqueContext } from './context.js'

const src = { quote: 'q', start: 0, end: 1 }
const company: StoredCompany = {
  id: 'c1',
  name: 'Acme',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  dossier: {
    name: null,
    mission: { text: 'Make payments simple', source: src },
    vision: null,
    values: [{ name: 'Ownership', description: 'x'.repeat(3000), source: src }],
    culture: [],
    initiatives: [{ text: 'Expand to Europe', source: src }],
    products: [{ name: 'Acme Pay', source: src }],
    job: {
      title: 'Data analyst',
      responsibilities: [{ text: 'Build dashboards', source: src }],
      requirements: [],
      niceToHave: [],
      skills: ['SQL'],
    },
    warnings: [],
  },
}

describe('critiqueContext', () => {
  it('maps the dossier and career change into a valid context', () => {
    const profile = profileSchema.parse({ careerChange: { from: 'teaching', to: 'data' } })
    const ctx = critiqueContext('career-goals', company, profile)
    expect(ctx).toMatchObject({
      question: 'career-goals',
      company: { name: 'Acme', mission: 'Make payments simple', products: ['Acme Pay'] },
      role: { title: 'Data analyst', duties: ['Build dashboards'], skills: ['SQL'] },
      careerChange: { from: 'teaching', to: 'data' },
    })
    // The long value description is trimmed to the schema's limit, so it validates.
    expect(critiqueContextSchema.safeParse(ctx).success).toBe(true)
  })

  it('is just the question without a company or profile', () => {
    expect(critiqueContext('why-here', undefined, undefined)).toEqual({ question: 'why-here' })
  })
})

import { describe, expect, it } from 'vitest'
import { extractDossier } from '../company/index.js'
import { DOSSIER_LIMITS, type Dossier, dossierSchema, fitDossier } from './dossier.js'

const source = { quote: 'q', start: 0, end: 1 }
const dossierWith = (text: string): Dossier => ({
  name: 'Acme',
  mission: { text, source },
  vision: null,
  values: [{ name: 'Own it', description: text, source }],
  culture: [],
  initiatives: [{ text, source }],
  products: [],
  job: null,
  warnings: [],
})

describe('dossierSchema caps every string and list', () => {
  it('refuses the reported 20,000-character mission, value and initiative, naming each path', () => {
    const result = dossierSchema.safeParse(dossierWith('lead-'.repeat(4000)))
    expect(result.success).toBe(false)
    const paths = result.error?.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(['mission.text', 'values.0.description', 'initiatives.0.text'])
  })

  it('refuses more list items than the limit', () => {
    const many = Array.from({ length: DOSSIER_LIMITS.items + 1 }, (_, i) => ({
      name: `P${i}`,
      source,
    }))
    expect(dossierSchema.safeParse({ ...dossierWith('x'), products: many }).success).toBe(false)
  })

  it('accepts a dossier at every limit', () => {
    expect(dossierSchema.safeParse(dossierWith('x'.repeat(DOSSIER_LIMITS.statement))).success).toBe(
      true,
    )
  })
})

describe('fitDossier', () => {
  it('clips what the schema would refuse, and leaves a fitting dossier as it was', () => {
    const fitted = fitDossier(dossierWith('y'.repeat(30_000)))
    expect(dossierSchema.safeParse(fitted).success).toBe(true)
    expect(fitted.mission?.text.length).toBe(DOSSIER_LIMITS.statement)
    const small = dossierWith('We build tools.')
    expect(fitDossier(small)).toEqual(small)
  })

  it('keeps extraction of a page with one 50,000-character paragraph inside the schema', () => {
    const text = `Our mission is to ${'help people '.repeat(5000)}.\n\nOur values\n\n- ${'Care '.repeat(1000)}`
    const { dossier } = extractDossier({ text })
    expect(dossierSchema.safeParse(dossier).success).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { valueConcepts, valueConceptsSchema } from './value-concepts.js'
import data from './value-concepts.json' with { type: 'json' }

describe('value-concepts lexicon', () => {
  it('validates, with 25 to 40 concepts of 5 to 15 terms each', () => {
    const concepts = valueConcepts()
    expect(concepts.length).toBeGreaterThanOrEqual(25)
    expect(concepts.length).toBeLessThanOrEqual(40)
    for (const c of concepts) {
      expect(c.terms.length, c.id).toBeGreaterThanOrEqual(5)
      expect(c.terms.length, c.id).toBeLessThanOrEqual(15)
    }
  })

  it('rejects duplicates, upper case and stray punctuation', () => {
    const base = { id: 'x', label: 'X', note: 'n', source: 's' }
    expect(valueConceptsSchema.safeParse([{ ...base, terms: ['a b', 'a b', 'cc'] }]).success).toBe(
      false,
    )
    expect(valueConceptsSchema.safeParse([{ ...base, terms: ['Team', 'aa', 'bb'] }]).success).toBe(
      false,
    )
    expect(valueConceptsSchema.safeParse([{ ...base, terms: ['team!', 'aa', 'bb'] }]).success).toBe(
      false,
    )
    expect(
      valueConceptsSchema.safeParse([base, base].map((c) => ({ ...c, terms: ['aa', 'bb', 'cc'] })))
        .success,
    ).toBe(false)
    expect(valueConceptsSchema.safeParse(data).success).toBe(true)
  })

  it('keeps words that are too generic out of the terms', () => {
    const all = new Set(valueConcepts().flatMap((c) => c.terms))
    for (const generic of ['own', 'kind', 'change', 'environment', 'focus', 'play', 'team']) {
      expect(all.has(generic), generic).toBe(false)
    }
  })
})

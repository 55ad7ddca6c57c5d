import { describe, expect, it } from 'vitest'
import { runRule } from '../../../../test/harness/rule-test.js'
import { specifics } from './specifics.js'

const named = (text: string) =>
  runRule(specifics, text).map((h) => `${h.strength ?? '-'}:${text.slice(h.span[0], h.span[1])}`)

describe('specifics', () => {
  it('earns a role, a figure, a timeframe and named tools', () => {
    const found = named(
      'Within two years I want to be a senior data engineer, moving our ETL from SSIS to dbt and cutting load time by 30%.',
    )
    expect(found).toContain('specific-role:data engineer')
    expect(found.some((f) => f.startsWith('timeframe:') && f.includes('two years'))).toBe(true)
    expect(found.some((f) => f.startsWith('measurable:'))).toBe(true)
    expect(found.filter((f) => f.startsWith('specific-skill:')).length).toBeGreaterThanOrEqual(2)
  })

  it.each([
    'I want to grow and take on new challenges at a great company.',
    'You are like my fifth pick.',
    'I want a good job with a great team.',
  ])('finds nothing concrete in: %s', (text) => {
    expect(named(text)).toEqual([])
  })

  it('names one tool as a mention, not yet the strength', () => {
    const hits = runRule(specifics, 'I would like to learn Tableau.')
    expect(hits.map((h) => h.actual)).toEqual(['Tableau'])
    expect(hits[0]?.strength).toBeUndefined()
  })
})

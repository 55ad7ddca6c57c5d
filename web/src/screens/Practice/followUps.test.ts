import { describe, expect, it } from 'vitest'
import { followUps } from './followUps.js'

describe('followUps', () => {
  it('asks about what the person said, in order', () => {
    const qs = followUps(
      'In three years I want to be leading a small data team. I am learning dbt right now, and I finished a SQL certification.',
    )
    expect(qs[0]).toMatch(/^What would need to happen .*in three years/)
    expect(qs[1]).toMatch(/leading a small data team: how will you get there/)
    expect(qs.some((q) => /building dbt/.test(q))).toBe(true)
    expect(qs.some((q) => /certification/.test(q))).toBe(true)
  })

  it('returns nothing for an answer with nothing to follow up', () => {
    expect(followUps('I like it here.')).toEqual([])
  })

  it('caps the number of questions', () => {
    const qs = followUps(
      'I will lead a team, learn Go, become an architect, by 2030, your mission.',
      2,
    )
    expect(qs).toHaveLength(2)
  })
})

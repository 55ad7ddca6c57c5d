import { describe, expect, it } from 'vitest'
import { ruleTest, runRule } from '../../../../test/harness/rule-test.js'
import { horizon } from './horizon.js'

const strengths = (text: string) =>
  runRule(horizon, text)
    .filter((h) => h.effect === 'earns')
    .map((h) => h.strength)

describe('horizon', () => {
  ruleTest(horizon, {
    valid: [],
    invalid: [
      {
        text: 'I want to lead the data team.',
        hits: ['"I want to lead the data team."'],
      },
      {
        text: 'In my first year I plan to learn the claims system.',
        hits: ['"In my first year I plan to learn the claims system."'],
      },
    ],
  })

  it('earns both horizons for a near step and where it leads', () => {
    const found = strengths(
      'Within a year I plan to run the intake desk, and ultimately I want to manage the clinic.',
    )
    expect(found).toContain('short-term')
    expect(found).toContain('long-term')
    expect(
      runRule(horizon, 'Within a year I plan to run the desk; in five years, the clinic.').some(
        (h) => h.effect === 'costs',
      ),
    ).toBe(false)
  })

  it('does not count past durations as goals', () => {
    expect(strengths('I spent seven years in retail and three years as a shift lead.')).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { runRule } from '../../../../test/harness/rule-test.js'
import { commitment } from './commitment.js'

const earned = (text: string) =>
  runRule(commitment, text).map((h) => text.slice(h.span[0], h.span[1]))

describe('commitment', () => {
  it.each([
    ['I plan to finish the PMP this spring.', 'I plan to'],
    ['My goal is to run the Denver warehouse.', 'My goal is'],
    ["I'll own the migration.", "I'll"],
    ['I want to lead the onboarding team.', 'I want to'],
  ])('earns confidence for a plain commitment: %s', (text, phrase) => {
    expect(earned(text)).toContain(phrase)
  })

  it.each([
    'Maybe the onboarding team, if it works out.',
    'Planning is something I enjoy.',
    'We will see what the year brings.',
  ])('finds no commitment in: %s', (text) => {
    expect(earned(text)).toEqual([])
  })

  it('only earns, never costs or flags', () => {
    const hits = runRule(commitment, 'I plan to lead. I will learn. My aim is clear.')
    expect(hits.length).toBe(3)
    expect(hits.every((h) => h.effect === 'earns' && !h.flag)).toBe(true)
  })
})

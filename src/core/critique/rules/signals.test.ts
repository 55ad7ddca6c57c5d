import { describe, expect, it } from 'vitest'
import { runRule } from '../../../../test/harness/rule-test.js'
import { contribution, switchReason, transferable } from './signals.js'

const strengths = (hits: ReturnType<typeof runRule>) =>
  hits.flatMap((h) => (h.strength ? [h.strength] : []))

describe('signal rules', () => {
  const carried =
    'Ten years of teaching taught me how to explain a hard idea, and that carries over to training users.'

  it('credits carried-over skills and the reason for a switch only in a career change', () => {
    expect(strengths(runRule(transferable, carried, { question: 'career-change' }))).toContain(
      'transferable-skills',
    )
    expect(
      strengths(runRule(transferable, carried, { careerChange: { from: 'teaching' } })),
    ).toContain('transferable-skills')
    expect(runRule(transferable, carried, { question: 'career-goals' })).toEqual([])
    const why = 'The real reason is that the part of the job I liked most was the data.'
    expect(strengths(runRule(switchReason, why, { question: 'career-change' }))).toContain(
      'switch-reason',
    )
    expect(runRule(switchReason, why, { question: 'five-years' })).toEqual([])
  })

  it('credits a contribution whatever the question, but not under negation', () => {
    expect(strengths(runRule(contribution, "I'd bring the scheduling tool I built.", {}))).toEqual([
      'contribution',
    ])
    expect(runRule(contribution, "I don't think I'd bring much at first.", {})).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { ruleTest, runRule } from '../../../../test/harness/rule-test.js'
import { structure } from './structure.js'

describe('structure', () => {
  ruleTest(structure, {
    valid: [
      'My goal is to lead the payments team. I have run two launches. I want to ship faster.',
      // Too short to judge an opening and a close.
      'Well, I want to lead the payments team.',
    ],
    invalid: [
      {
        text: "Well, that's a good question. I have worked in retail for years. I want to lead a team.",
        hits: [`"Well, that's a good question."`],
      },
    ],
  })

  it('credits a close on what the person will bring', () => {
    const text =
      'Within two years I want to own the returns process. I have mapped it already. I want to help the team cut refund times for customers.'
    const earns = runRule(structure, text).filter((h) => h.effect === 'earns')
    expect(earns.map((h) => text.slice(h.span[0], h.span[1]))).toEqual([
      'I want to help the team cut refund times for customers.',
    ])
  })
})

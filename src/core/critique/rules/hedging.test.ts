import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { hedging } from './hedging.js'

describe('hedging', () => {
  ruleTest(hedging, {
    valid: [
      'My goal is to lead the payments team within three years.',
      'That kind of openness is rare, and it is the sort of culture I want to build in.',
      'My old manager always said "maybe later, I guess, maybe"; I plan to ship this year.',
    ],
    invalid: [
      {
        text: 'I guess I kind of want to grow. Maybe a manager? I’m not sure.',
        flag: 'hedging',
        hits: ['"I guess"', '"kind of"', '"Maybe"', '"Maybe a manager?"', '"I’m not sure"'],
      },
    ],
  })
})

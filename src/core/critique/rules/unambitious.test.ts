import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { unambitious } from './unambitious.js'

describe('unambitious', () => {
  ruleTest(unambitious, {
    valid: [
      "I'm not starting from zero when I move up to account executive next year.",
      "I don't think you should manage people before you've done the job yourself.",
      "I'd rather help build something steady than chase yield.",
      'I switched to QA because I want something more stable, and I plan to own test automation.',
    ],
    invalid: [
      {
        text: 'I would be in the very same seat, doing the very same tasks, day in, day out.',
        flag: 'unambitious',
      },
      {
        text: "I don't really have any career goals. I just want a steady job close to home.",
        flag: 'unambitious',
      },
      {
        text: "I'm not looking to move up. I want to do my hours and go home.",
        flag: 'unambitious',
      },
    ],
  })
})

import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { fillers } from './fillers.js'

const spoken = { spoken: true }

describe('fillers', () => {
  ruleTest(fillers, {
    valid: [
      {
        text: "I'd like to lead a team. I really like research, and it feels like home.",
        context: spoken,
      },
      {
        text: 'Um, so my goal is to become a sous chef within three years, and I plan to learn costing.',
        context: spoken,
      },
    ],
    invalid: [
      {
        text: 'Um, so, like, I want to, uh, you know, be a manager, like, um, soon.',
        context: spoken,
        flag: 'fillers',
        hits: [
          '"Um"',
          '"Um, so, like, I want to, uh, you know, be a manager, like, um, soon."',
          '"like"',
          '"uh"',
          '"you know"',
          '"like"',
          '"um"',
        ],
      },
    ],
  })
})

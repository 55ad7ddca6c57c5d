import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { hedging } from './hedging.js'

describe('hedging', () => {
  ruleTest(hedging, {
    valid: [
      // A hedge in one clause of a committed paragraph.
      'Within a year I plan to run the night shift schedule on my own. I have led the weekend crew for eight months, and I want to cut overtime by a fifth. Maybe that is ambitious, but I have the numbers to back it.',
      'My goal is to lead the payments team within three years.',
      'That kind of openness is rare, and it is the sort of culture I want to build in.',
      'My old manager always said "maybe later, I guess, maybe"; I plan to ship this year.',
      // A story about the past is not an admission of no plan now.
      "I never thought I'd love data work, but two years of audits changed that; I plan to lead the audit analytics team.",
    ],
    invalid: [
      // A refusal that is the whole answer.
      { text: "Honestly, I can't say.", flag: 'hedging' },
      { text: "I haven't thought about it much.", flag: 'hedging' },
      // The frame, not a listed phrase: the speaker negating thinking or deciding, now.
      { text: "I haven't given it any thought.", flag: 'hedging' },
      { text: "Honestly, I've never really considered it.", flag: 'hedging' },
      { text: "I don't know yet, to be honest.", flag: 'hedging' },
      {
        text: 'I guess I kind of want to grow. Maybe a manager? I’m not sure.',
        flag: 'hedging',
        hits: ['"I guess"', '"kind of"', '"Maybe"', '"Maybe a manager?"', '"I’m not sure"'],
      },
    ],
  })
})

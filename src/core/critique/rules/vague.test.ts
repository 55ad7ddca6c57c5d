import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { vague } from './vague.js'

describe('vague', () => {
  ruleTest(vague, {
    valid: [
      'Within two years I want to own CAPA for one product line and earn my Six Sigma Black Belt, building on the injection molding scrap project.',
    ],
    invalid: [
      {
        text: 'I want to grow professionally, make an impact and take on new challenges at a great company.',
        flag: 'vague',
        hits: [
          '"grow professionally"',
          '"make an impact"',
          '"new challenges"',
          '"a great company"',
        ],
      },
      {
        text: 'I hope that in a while I will be in a better spot than I am now, doing the things I enjoy with people I like, and learning along the way as I go, whatever that turns out to be.',
        flag: 'vague',
      },
    ],
  })
})

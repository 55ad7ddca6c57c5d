import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { vague } from './vague.js'

describe('vague', () => {
  ruleTest(vague, {
    valid: [
      // Short, and concrete: a role and a figure.
      'I want to run a 40-bed surgical ward as charge nurse.',
      'Within two years I want to own CAPA for one product line and earn my Six Sigma Black Belt, building on the injection molding scrap project.',
      // A line of work is something, even said plainly.
      'Still teaching here, I hope, and a far better teacher than I am today.',
      // A longer answer thin on specifics, with no stock phrase, costs through "specific" only.
      'I hope that in a while I will be in a better spot than I am now, doing the things I enjoy with people I like, and learning along the way as I go.',
      // Two stock phrases beside plenty of concrete detail are tolerated.
      'I want to keep learning and make an impact: in my first year I will take over the Kafka consumers for billing, cut the nightly reconciliation from four hours to one, and pass the AWS Solutions Architect exam by March.',
    ],
    invalid: [
      // Short, and nothing concrete at all.
      { text: 'Learning and developing.', flag: 'vague' },
      { text: 'I just want to keep improving myself.', flag: 'vague' },
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
      // Two stock phrases are enough when little else is concrete.
      {
        text: 'I want to keep learning and make an impact. I have worked with people for a long time and I think this kind of work suits me. I would like to be somewhere I can do well and feel useful and valued, maybe as a team lead in customer service one day.',
        flag: 'vague',
        hits: ['"keep learning"', '"make an impact"'],
      },
      {
        text: 'In a while I hope to be in a better spot than I am now, somewhere I can reach my full potential and be successful, whatever that turns out to be for me.',
        flag: 'vague',
      },
    ],
  })
})

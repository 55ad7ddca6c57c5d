import { describe, expect, it } from 'vitest'
import { ruleTest, runRule } from '../../../../test/harness/rule-test.js'
import { salaryTitle } from './salary-title.js'

describe('salary-title', () => {
  ruleTest(salaryTitle, {
    valid: [
      // A title that comes with its work, or with a figure, is a goal, not a title-only one.
      'I want to become a quality engineer who cuts scrap on the extrusion line.',
      'I want to be a partner with four clients of my own by 2030.',
      // One money word in a paragraph of plans is not the motive.
      'Within two years I want to own the claims intake redesign and train two analysts on it. The bonus is fair, and the team is the reason I am here: I want to be the person who makes intake fast for members.',
      "I'm not motivated by salary; I want to own the billing pipeline.",
      'These goals are less about my own title and more about the team I build.',
      'The work will mean more to me than the title.',
      'I cut churn by 9 percent, roughly $400,000 a year.',
      // Money mentioned once, as a fact rather than the motive.
      'I took a pay cut to move into research, and I would make the same choice again.',
    ],
    invalid: [
      // One money motive that is the whole answer.
      { text: 'Mostly the pay rise.', flag: 'salary-title' },
      { text: 'Honestly, I have my rent to cover.', flag: 'salary-title' },
      // A title and nothing about the work.
      { text: 'In three years I want to be a marketing manager.', flag: 'salary-title' },
      {
        text: 'After my MBA at INSEAD I will become an audit associate, then I will be promoted to senior manager, and then I will become a partner.',
        flag: 'salary-title',
      },
      {
        text: 'Honestly the main reason is the salary, and the bonus is great.',
        flag: 'salary-title',
        hits: ['"main reason"', '"the salary"', '"bonus"'],
      },
      { text: 'My goal is six figures and a title that reflects my worth.', flag: 'salary-title' },
      {
        text: 'The commission structure is my biggest motivation, since reps here are earning more.',
        flag: 'salary-title',
        hits: ['"commission"', '"biggest motivation"', '"earning more"'],
      },
    ],
  })

  it('pins the full message of a hit', () => {
    const [hit] = runRule(salaryTitle, 'I want the money and the perks.')
    expect(hit).toMatchObject({
      rule: 'salary-title',
      criterion: 'motivation',
      effect: 'costs',
      flag: 'salary-title',
      span: [7, 16],
      message: '"the money" makes pay or title sound like the reason.',
    })
  })
})

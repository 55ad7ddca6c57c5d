import { describe, expect, it } from 'vitest'
import { ruleTest, runRule } from '../../../../test/harness/rule-test.js'
import { companyFit } from './company-fit.js'

const company = {
  company: {
    name: 'Harbor Health',
    values: ['Collaboration', 'Patient safety first'],
    mission: 'Safer care for every patient in the valley.',
  },
}

describe('company-fit', () => {
  ruleTest(companyFit, {
    valid: [
      'In this clinical informatics analyst role I want to own medication tickets within six months.',
      'Your design system team is rebuilding its component library, and I want to own accessibility testing.',
      'I want to be a tier one analyst here within a year.',
      // Without a dossier, "this role" or "a company like yours" is a tie in part (RUBRIC.md).
      'I think this role would be a great next step for me.',
      'I want to grow with a company like yours.',
      {
        text: 'I work best in collaborative teams and want to help nurses on night shifts.',
        context: company,
      },
      // The posting's own words, and an -ing word naming a team, are ties.
      'The job description mentions the move to Epic next spring, and I led one such migration.',
      'In two years I want to run your onboarding desk for new pharmacies.',
      // The name beside something particular about them is a tie.
      {
        text: "I read about the sepsis screening pilot on Harbor Health's site and want to help run it.",
        context: company,
      },
    ],
    invalid: [
      {
        text: 'I think the next step would be great for me, at a great company.',
        flag: 'no-company-link',
      },
      // Generic praise of "your company" is not a tie (shared/data/README.md).
      {
        text: 'Your company is a leader in the industry with a great reputation.',
        flag: 'no-company-link',
      },
      // Saying any employer would do undoes a tie.
      {
        text: 'You hire chemical engineers, and I am applying to as many firms as I can.',
        flag: 'no-company-link',
      },
      {
        text: 'I admire your commitment to innovation and growth.',
        context: company,
        flag: 'no-company-link',
      },
      // The name beside generic praise is not a tie.
      {
        text: 'Harbor Health is really impressive and growing fast, and I want to grow with it.',
        context: company,
        flag: 'no-company-link',
      },
    ],
  })

  it('names the word form that matched a value ("collaborative" fits "Collaboration")', () => {
    const text = 'I do my best work in collaborative teams.'
    const hits = runRule(companyFit, text, company)
    expect(
      hits
        .filter((h) => h.strength === 'company-values')
        .map((h) => text.slice(h.span[0], h.span[1])),
    ).toEqual(['collaborative'])
  })

  it('does not count another company’s values as a tie', () => {
    const hits = runRule(companyFit, 'I love your commitment to disruption.', company)
    expect(hits.some((h) => h.effect === 'costs' && h.message?.includes('not among'))).toBe(true)
  })
})

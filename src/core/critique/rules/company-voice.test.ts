import { describe, expect, it } from 'vitest'
import { ruleTest, runRule } from '../../../../test/harness/rule-test.js'
import { analyze } from '../analyze.js'
import { companyVoice } from './company-voice.js'

const tidewater = {
  question: 'career-goals' as const,
  company: {
    name: 'Tidewater Logistics',
    initiatives: ['Next year we open a cross-dock in Spokane.'],
  },
  role: { title: 'Route Planner', duties: ['Improve the reliability of our routing services'] },
}

const valid = [
  'My goal is to lead the payments team within three years.',
  'At my last job, we cut invoice time by 40%, and our team won an award.',
  'I am excited about your plan to open a cross-dock in Spokane.',
  'I will help improve the reliability of your routing services.',
  'I learned more as we grew, and more than we expected.',
  'I want to show how math touches every part of our lives, and how it helps us solve problems.',
  'Their motto, "we open doors", is how I want to work too.',
  { text: 'I led the Tidewater migration before I joined Acme.', context: tidewater },
]

describe('company-voice', () => {
  for (const c of valid) {
    const { text, context } = typeof c === 'string' ? { text: c, context: undefined } : c
    it(`valid: ${text.slice(0, 60)}`, () => {
      expect(runRule(companyVoice, text, context).map((h) => h.actual)).toEqual([])
    })
  }

  ruleTest(companyVoice, {
    valid: [],
    invalid: [
      {
        text: "I'm also excited to help with we open a cross-dock in Spokane.",
        hits: ['"with we"'],
      },
      {
        text: 'Where I can contribute most at Tidewater Logistics is we open a cross-dock.',
        hits: ['"is we"'],
      },
      { text: 'I will help improve the reliability of our PostgreSQL services.', hits: ['"our"'] },
      {
        text: 'At Tidewater Logistics, I want to grow our fleet.',
        context: tidewater,
        hits: ['"our"'],
      },
      {
        text: 'What excites me is that next year we open a cross-dock in Spokane.',
        context: tidewater,
        hits: ['"we"'],
      },
    ],
  })

  it('pins the message of a spliced clause', () => {
    const [h] = runRule(companyVoice, 'I want to contribute to we open a depot.')
    expect(h).toMatchObject({
      rule: 'company-voice',
      criterion: 'concise',
      effect: 'costs',
      actual: 'to we',
      message:
        '"to we": a whole clause sits where a noun phrase belongs, so the sentence does not parse.',
    })
  })

  it('finds a spliced clause and the company\'s "our" in a typed answer, not only in drafts', () => {
    const typed =
      'I want to help with we open a cross-dock in Spokane. At Tidewater Logistics, I want to grow our fleet.'
    const found = analyze(typed, tidewater).findings.filter((f) => f.rule === 'company-voice')
    expect(found.map((f) => typed.slice(f.span[0], f.span[1]))).toEqual(['with we', 'we', 'our'])
  })
})

import { describe, expect, it } from 'vitest'
import { ruleTest, runRule } from '../../../../test/harness/rule-test.js'
import { placeholders } from './placeholders.js'

describe('placeholders', () => {
  ruleTest(placeholders, {
    valid: ['Within two years I want to lead the ABC analysis for the billing team.'],
    invalid: [
      {
        text: 'I want to grow as a [Job Title] at [Company].',
        hits: ['"[Job Title]"', '"[Company]"'],
      },
      { text: 'My aim is to be the very best _____ I can be.', hits: ['"_____"'] },
      { text: 'I admire how {company} treats its customers.', hits: ['"{company}"'] },
    ],
  })

  it('reports an unfinished answer without weighing on its score', () => {
    const [hit] = runRule(placeholders, 'I want to join XYZ Corp as an analyst.')
    expect(hit).toMatchObject({ effect: 'costs', weight: 0, actual: 'XYZ Corp' })
    expect(hit?.message).toMatch(/unfinished/)
  })

  it('finds nothing in an underscore inside a word or a short rule', () => {
    expect(runRule(placeholders, 'I maintain the snake_case style guide.')).toEqual([])
    expect(runRule(placeholders, 'Two underscores __ are not a blank.')).toEqual([])
  })
})

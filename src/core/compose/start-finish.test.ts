import { describe, expect, it } from 'vitest'
import type { CritiqueContext } from '../contracts/context.js'
import { analyze } from '../critique/analyze.js'
import { chooseStartAndFinish } from './start-finish.js'

const context: CritiqueContext = {
  question: 'career-goals',
  company: { name: 'Bramblecrest', values: [{ name: 'Own the outcome' }] },
}
const choose = (text: string) => chooseStartAndFinish(text, analyze(text, context))

describe('chooseStartAndFinish', () => {
  it('opens on the aspiration and closes on the tie to the company, not on first and last', () => {
    const text =
      'I studied biology and worked in a lab for three years. ' +
      'My long-term goal is to lead a data engineering team that builds reliable health analytics. ' +
      'Bramblecrest’s value of owning the outcome matches how I work. ' +
      'Outside work I run a small book club.'
    const { start, finish } = choose(text)
    expect(start?.text).toBe(
      'My long-term goal is to lead a data engineering team that builds reliable health analytics.',
    )
    expect(start?.why).toMatch(/long-term aim/)
    expect(finish?.text).toBe('Bramblecrest’s value of owning the outcome matches how I work.')
    expect(finish?.why).toMatch(/this company/)
    // Spans point into the answer as written.
    if (start) expect(text.slice(start.span[0], start.span[1]).trim()).toBe(start.text)
  })

  it('passes over a hedged aspiration for a plain one', () => {
    const text =
      'I guess maybe someday I kind of want to lead a team, long term. ' +
      'Within five years I plan to lead the analytics team at Bramblecrest. ' +
      'I would bring the outcome-first habit Bramblecrest asks for.'
    expect(choose(text).start?.text).toBe(
      'Within five years I plan to lead the analytics team at Bramblecrest.',
    )
  })

  it('never uses one sentence for both ends', () => {
    const text = 'Within five years I plan to lead a data team at Bramblecrest.'
    const { start, finish } = choose(text)
    expect(start?.text).toBe(text)
    expect(finish).toBeNull()
  })

  it('says there is none when no sentence states an aim', () => {
    const text = 'I worked in retail for six years. I like people. The weather was nice.'
    const { start, finish } = choose(text)
    expect(start).toBeNull()
    expect(finish).toBeNull()
    expect(chooseStartAndFinish('', { criteria: [], findings: [] })).toEqual({
      start: null,
      finish: null,
    })
  })
})

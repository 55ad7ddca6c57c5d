import { describe, expect, it } from 'vitest'
import { avoidList, sentences, startAndFinish } from './sheet.js'

describe('prep sheet', () => {
  it('takes the first and last sentence as the start and finish', () => {
    const a =
      'In five years I want to lead a data team. First, I will master dbt. I will help your analysts ship faster!'
    expect(sentences(a)).toHaveLength(3)
    expect(startAndFinish(a)).toEqual({
      start: 'In five years I want to lead a data team.',
      finish: 'I will help your analysts ship faster!',
    })
    expect(startAndFinish('One sentence only.').finish).toBe('')
  })

  it("puts the person's own flags first in what to avoid, without repeats", () => {
    const avoid = avoidList(['fillers', 'hedging'])
    expect(avoid[0]).toMatch(/^Fillers/)
    expect(avoid[1]).toMatch(/^Hedges/)
    expect(avoid.filter((a) => a.startsWith('Hedges'))).toHaveLength(1)
  })
})

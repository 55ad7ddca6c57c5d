import { describe, expect, it } from 'vitest'
import { avoidList, type Sheet, sentences, sheetToMarkdown, startAndFinish } from './sheet.js'

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

  it('renders every section to Markdown', () => {
    const s: Sheet = {
      title: 'Prep: Data analyst at Acme',
      company: 'Acme',
      role: 'Data analyst',
      interviewDate: '2026-12-01',
      answer: 'My answer.',
      score: 81,
      talkingPoints: ['Ownership matches my values'],
      stories: [{ title: 'Cut report time', situation: 'S', task: 'T', action: 'A', result: 'R' }],
      questions: ['What are the plans for Europe?'],
      strongStart: 'Start.',
      strongFinish: 'Finish.',
      avoid: ['Hedges'],
    }
    const md = sheetToMarkdown(s)
    for (const h of [
      '# Prep: Data analyst at Acme',
      '## My answer (score 81)',
      '## Talking points',
      '### Cut report time',
      '- **Result:** R',
      '## Questions to ask',
      '## What to avoid',
    ])
      expect(md).toContain(h)
    expect(md).toContain('interview on 2026-12-01')
  })
})

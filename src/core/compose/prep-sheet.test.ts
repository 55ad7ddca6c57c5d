import { describe, expect, it } from 'vitest'
import { avoidList, buildPrepSheet, sentences, startAndFinish } from './prep-sheet.js'

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

  it('builds the sheet from its parts, capping each list', () => {
    const sheet = buildPrepSheet({
      role: 'Data analyst',
      company: 'Acme',
      interviewDate: '2026-12-10T09:00:00.000Z',
      answer: {
        text: 'I want to lead a data team. I will help your analysts.',
        score: 71,
        flags: ['vague'],
      },
      talkingPoints: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      questions: ['q1?'],
      stories: [],
    })
    expect(sheet.title).toBe('Prep: Data analyst at Acme')
    expect(sheet.interviewDate).toBe('2026-12-10')
    expect(sheet.score).toBe(71)
    expect(sheet.talkingPoints).toHaveLength(6)
    expect(sheet.strongFinish).toBe('I will help your analysts.')
    expect(sheet.avoid[0]).toMatch(/^Stock phrases/)
  })

  it('leaves the answer empty and the score out when there is no answer', () => {
    const sheet = buildPrepSheet({
      role: 'Nurse',
      company: '',
      talkingPoints: [],
      questions: [],
      stories: [],
    })
    expect(sheet.title).toBe('Prep: Nurse')
    expect(sheet.answer).toBe('')
    expect('score' in sheet).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { avoidList, type StoredAnswer, type StoredApplication } from '../../core/index.js'
import { answerFor } from './buildSheet.js'

const stamp = { createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' }
const app = (id: string): StoredApplication => ({
  id,
  role: 'Analyst',
  status: 'researching',
  ...stamp,
})
const answer = (
  id: string,
  applicationId: string,
  question: StoredAnswer['question'],
): StoredAnswer => ({
  id,
  applicationId,
  question,
  title: id,
  ...stamp,
})

describe('prep sheet', () => {
  it("puts the person's own flags first in what to avoid, without repeats", () => {
    const avoid = avoidList(['fillers', 'hedging'])
    expect(avoid[0]).toMatch(/^Fillers/)
    expect(avoid[1]).toMatch(/^Hedges/)
    expect(avoid.filter((a) => a.startsWith('Hedges'))).toHaveLength(1)
  })

  it("takes this interview's career-goals answer, and never another interview's", () => {
    const answers = [
      answer('other', 'b', 'career-goals'),
      answer('why', 'a', 'why-here'),
      answer('goals', 'a', 'career-goals'),
    ]
    expect(answerFor(answers, app('a'))?.id).toBe('goals')
    expect(answerFor(answers.slice(0, 2), app('a'))?.id).toBe('why')
    expect(answerFor(answers, app('c'))).toBeUndefined()
  })
})

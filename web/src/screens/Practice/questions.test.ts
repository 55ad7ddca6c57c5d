import { describe, expect, it } from 'vitest'
import type { StoredPractice, StoredPracticeQuestion } from '../../core/index.js'
import {
  attemptedQuestions,
  BUILT_IN,
  followUpQuestion,
  historyKey,
  questionsFor,
  targetSeconds,
} from './questions.js'

const at = (n: number) => `2026-12-0${n}T10:00:00.000Z`
const own = (id: string, text: string, applicationId?: string): StoredPracticeQuestion => ({
  id,
  text,
  createdAt: at(1),
  updatedAt: at(1),
  ...(applicationId ? { applicationId } : {}),
})
const attempt = (question: string, n: number, questionId?: string) =>
  ({
    id: `p${n}`,
    question,
    createdAt: at(n),
    ...(questionId ? { questionId } : {}),
  }) as StoredPractice

describe('practice questions', () => {
  it('offers the eight built-in questions, four critiqued as answers and four as stories', () => {
    expect(BUILT_IN).toHaveLength(8)
    expect(BUILT_IN.filter((q) => q.kind)).toHaveLength(4)
    expect(targetSeconds(BUILT_IN[0] as never)).toBe(60)
    expect(targetSeconds(BUILT_IN[7] as never)).toBe(90)
  })

  it("lists the person's questions for this interview and for every interview, not another's", () => {
    const mine = [
      own('q1', 'Why payments?', 'a1'),
      own('q2', 'Why us?'),
      own('q3', 'Why logistics?', 'a2'),
    ]
    expect(questionsFor(mine, 'a1').map((q) => q.text)).toEqual(['Why payments?', 'Why us?'])
    expect(questionsFor(mine, undefined).map((q) => q.text)).toEqual(['Why us?'])
  })

  it('keeps a follow-up with the kind of the answer it follows, and a shorter target', () => {
    const parent = BUILT_IN[0] as never
    const f = followUpQuestion('How will you get there?', parent)
    expect(f).toMatchObject({ kind: 'career-goals', followUpOf: 'What are your career goals?' })
    expect(targetSeconds(f)).toBe(45)
  })

  it("groups attempts by the person's own question even after its text changed", () => {
    const attempts = [
      attempt('Why payments?', 1, 'q1'),
      attempt('What are your career goals?', 2),
      attempt('Why payments at Acme?', 3, 'q1'),
    ]
    expect(historyKey(attempts[0] as StoredPractice)).toBe('own:q1')
    expect(attemptedQuestions(attempts)).toEqual([
      { key: 'own:q1', text: 'Why payments at Acme?', count: 2 },
      { key: 'text:What are your career goals?', text: 'What are your career goals?', count: 1 },
    ])
  })
})

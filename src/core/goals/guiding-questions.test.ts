import { describe, expect, it } from 'vitest'
import { guidingQuestions } from './guiding-questions.js'

describe('guidingQuestions', () => {
  it('asks different questions for a short and a long horizon, each a question', () => {
    const short = guidingQuestions('short')
    const long = guidingQuestions('long')
    expect(short.some((q) => long.includes(q))).toBe(false)
    for (const q of [...short, ...long]) expect(q).toMatch(/^[A-Z].*\?$/)
    expect(short.join(' ')).toMatch(/one or two years/)
    expect(long.join(' ')).toMatch(/five to ten years/)
  })
})

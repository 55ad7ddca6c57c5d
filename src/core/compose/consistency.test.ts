import { describe, expect, it } from 'vitest'
import { checkConsistency, targetRoles } from './consistency.js'

const today = '2026-11-25'
const kinds = (answers: Parameters<typeof checkConsistency>[0]) =>
  checkConsistency(answers, today).map((c) => `${c.kind} ${c.answers.join('-')}`)

describe('checkConsistency', () => {
  it('reads target roles', () => {
    expect(
      targetRoles('I want to become a staff engineer and later move into engineering manager'),
    ).toEqual(['staff engineer', 'engineering manager'])
  })

  it('finds one story as consistent', () => {
    expect(
      kinds([
        {
          question: 'career-goals',
          text: 'Within five years I want to become a team lead. First I will learn Go.',
        },
        { question: 'five-years', text: 'In five years I see myself as a team lead for payments.' },
      ]),
    ).toEqual([])
  })

  it('points out a different target role', () => {
    expect(
      kinds([
        { question: 'career-goals', text: 'I want to become a product manager.' },
        { question: 'five-years', text: 'In five years I want to be a data scientist.' },
      ]),
    ).toEqual(['target-role 0-1'])
  })

  it('points out horizons that do not add up', () => {
    expect(
      kinds([
        { question: 'career-goals', text: 'I want to become a team lead within two years.' },
        { question: 'why-here', text: 'Here I could grow to become a team lead in six years.' },
      ]),
    ).toEqual(['horizon 0-1'])
  })

  it('points out a different reason for the change', () => {
    expect(
      kinds([
        {
          question: 'career-change',
          text: 'I am moving into data because I love finding patterns in numbers.',
        },
        { question: 'why-here', text: 'I applied because the office is close to my home.' },
      ]),
    ).toEqual(['reason 0-1'])
  })

  it('points at the words in both answers and says how to reconcile them', () => {
    const answers = [
      { question: 'career-goals' as const, text: 'I want to become a product manager.' },
      { question: 'five-years' as const, text: 'In five years I want to be a data scientist.' },
    ]
    const [c] = checkConsistency(answers, today)
    expect(c?.spans.map((span, k) => answers[k]?.text.slice(span[0], span[1]))).toEqual([
      'product manager',
      'data scientist',
    ])
    expect(c?.suggestion).toMatch(/one target role/)
  })

  it('spans a reason and a time frame where the answers say them', () => {
    const reasons = [
      {
        question: 'career-change' as const,
        text: 'I am moving into data because  I love patterns.',
      },
      { question: 'why-here' as const, text: 'I applied since the office is close.' },
    ]
    const [r] = checkConsistency(reasons, today)
    expect(r?.spans.map((span, k) => reasons[k]?.text.slice(span[0], span[1]))).toEqual([
      'I love patterns',
      'the office is close',
    ])
    const times = [
      { question: 'career-goals' as const, text: 'I want to become a team lead within two years.' },
      {
        question: 'why-here' as const,
        text: 'Here I could grow to become a team lead in six years.',
      },
    ]
    const [h] = checkConsistency(times, today)
    expect(h?.spans.map((span, k) => times[k]?.text.slice(span[0], span[1]))).toEqual([
      'within two years',
      'in six years',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { completeGoal, suggestGoalType, suggestHorizon } from './model.js'

describe('suggestGoalType', () => {
  it.each([
    ['Become a team lead for the payments team', 'position'],
    ['Learn Kubernetes and pass the CKA exam', 'skill'],
    ['Move into the healthcare industry', 'industry'],
    ['Work remotely with time for my family', 'lifestyle'],
  ] as const)('%s → %s', (text, type) => {
    const s = suggestGoalType(text)
    expect(s.type).toBe(type)
    expect(s.cues.length).toBeGreaterThan(0)
  })

  it('says it is a guess when no cue matches', () => {
    expect(suggestGoalType('Something nice').cues).toEqual([])
  })
})

describe('suggestHorizon', () => {
  const today = '2026-11-25'
  it('decides from the target date first', () => {
    expect(suggestHorizon('ultimately', today, '2027-06-01')).toMatchObject({
      horizon: 'short',
      via: 'target-date',
    })
    expect(suggestHorizon('next year', today, '2031-01-01')).toMatchObject({
      horizon: 'long',
      via: 'target-date',
    })
  })
  it('reads time phrases', () => {
    expect(suggestHorizon('Lead a team within five years', today)).toMatchObject({
      horizon: 'long',
      years: 5,
    })
    expect(suggestHorizon('Pass the exam in 6 months', today)).toMatchObject({
      horizon: 'short',
      years: 0.5,
    })
    expect(suggestHorizon('Ship my first app by 2028', today)).toMatchObject({
      horizon: 'short',
      years: 2,
    })
    expect(suggestHorizon('Ultimately run a studio', today)).toMatchObject({
      horizon: 'long',
      via: 'text',
    })
    expect(suggestHorizon('Finish the course next year', today)).toMatchObject({
      horizon: 'short',
      via: 'text',
    })
  })
  it('guesses from the type when nothing says, and says so', () => {
    expect(suggestHorizon('Become a director', today)).toEqual({ horizon: 'long', via: 'guess' })
    expect(suggestHorizon('Learn SQL', today)).toEqual({ horizon: 'short', via: 'guess' })
  })
})

describe('completeGoal', () => {
  it('fills type and horizon and keeps what the person chose', () => {
    expect(completeGoal({ id: 'g1', text: 'Become a team lead' }, '2026-01-01')).toMatchObject({
      type: 'position',
      horizon: 'long',
    })
    expect(
      completeGoal(
        { id: 'g1', text: 'Become a team lead', type: 'skill', horizon: 'short' },
        '2026-01-01',
      ),
    ).toMatchObject({ type: 'skill', horizon: 'short' })
  })
})

import { describe, expect, it } from 'vitest'
import type { Goal, Profile } from '../contracts/profile.js'
import { profileSchema } from '../contracts/profile.js'
import { type SmartPart, smartCheck } from './smart.js'

const today = '2026-11-25'
const goal = (text: string, extra: Partial<Goal> = {}): Goal => ({
  id: 'g',
  text,
  type: 'skill',
  horizon: 'short',
  milestones: [],
  progress: [],
  ...extra,
})
const profile: Profile = profileSchema.parse({
  aspirations: ['lead a platform team'],
  skills: [{ name: 'Kubernetes', status: 'want' }],
})
const failing = (g: Goal, p?: Profile) =>
  smartCheck(g, p ? { today, profile: p } : { today })
    .parts.filter((x) => !x.ok)
    .map((x) => x.part)

describe('smartCheck', () => {
  it('passes a goal with every part', () => {
    const g = goal(
      'Pass the Certified Kubernetes Administrator exam by June 2027 so that I can lead platform work',
      {
        targetDate: '2027-06-30',
      },
    )
    expect(failing(g, profile)).toEqual([])
  })

  it('flags each missing part on its own', () => {
    const cases: Array<[Goal, SmartPart]> = [
      [goal('Grow professionally, certified by 2027 because it matters'), 'specific'],
      [goal('Get better at SQL by 2027 because reports need it'), 'measurable'],
      [
        goal('Become CEO by 2027 so that I can lead', {
          type: 'position',
          milestones: [{ id: 'm', text: 'x', done: false }],
        }),
        'achievable',
      ],
      [goal('Pass the AWS exam by 2027'), 'relevant'],
      [goal('Pass the AWS exam because our team needs it'), 'time-bound'],
    ]
    for (const [g, part] of cases) expect(failing(g), g.text).toEqual([part])
  })

  it('gives a concrete fix for each failing part, using the profile', () => {
    const check = smartCheck(goal('Grow professionally'), { today, profile })
    const specific = check.parts.find((p) => p.part === 'specific')
    expect(specific?.fix).toContain('Kubernetes')
    const time = check.parts.find((p) => p.part === 'time-bound')
    expect(time?.fix).toContain('2027-11-25')
    const relevant = check.parts.find((p) => p.part === 'relevant')
    expect(relevant?.fix).toContain('lead a platform team')
    for (const p of check.parts) expect(p.ok || Boolean(p.fix)).toBe(true)
    expect(check.passed).toBe(check.parts.filter((p) => p.ok).length)
  })

  it('fails achievable for a date that has passed', () => {
    expect(
      failing(goal('Pass the AWS exam because we need it', { targetDate: '2025-01-01' })),
    ).toContain('achievable')
  })
})

import { describe, expect, it } from 'vitest'
import type { Dossier } from '../contracts/dossier.js'
import { profileSchema } from '../contracts/profile.js'
import { completeGoal } from './model.js'
import { roadmap } from './roadmap.js'

const src = { quote: 'q', start: 0, end: 1 }
const dossier: Dossier = {
  name: 'Acme',
  mission: null,
  vision: null,
  values: [],
  culture: [],
  initiatives: [{ text: 'Launch in Brazil next year', horizon: 'short', source: src }],
  products: [],
  job: {
    title: 'Platform Engineer',
    responsibilities: [{ text: 'Run our Kubernetes clusters', source: src }],
    requirements: [],
    niceToHave: [],
    skills: ['Kubernetes', 'Go'],
  },
  warnings: [],
}

describe('roadmap', () => {
  it('builds skills, experience, certifications and trends from the inputs only', () => {
    const profile = profileSchema.parse({
      skills: [
        { name: 'Go', status: 'have' },
        { name: 'AWS', status: 'want' },
      ],
    })
    const r = roadmap(
      completeGoal(
        { id: 'g', text: 'Become a platform engineer who runs Kubernetes' },
        '2026-01-01',
      ),
      profile,
      dossier,
    )
    expect(r.skills.map((s) => `${s.text}/${s.from}`)).toEqual(['Kubernetes/goal', 'AWS/profile'])
    expect(r.experience.map((e) => e.text)).toEqual(['Run our Kubernetes clusters'])
    expect(r.certifications.map((c) => c.text)).toContain(
      'Certified Kubernetes Administrator (CKA) (for Kubernetes)',
    )
    expect(r.trends.map((t) => t.text)).toEqual(['Launch in Brazil next year'])
    expect(r.findOut).toEqual([])
  })

  it('says what to find out instead of inventing when nothing is known', () => {
    const r = roadmap(
      completeGoal({ id: 'g', text: 'Open a bakery' }, '2026-01-01'),
      profileSchema.parse({}),
    )
    expect(r.skills).toEqual([])
    expect(r.trends).toEqual([])
    expect(r.findOut).toHaveLength(4)
    expect(r.findOut[0]).toContain('Open a bakery')
  })
})

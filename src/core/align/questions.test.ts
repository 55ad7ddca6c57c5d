import { describe, expect, it } from 'vitest'
import type { Dossier } from '../contracts/dossier.js'
import { completeGoal } from '../goals/model.js'
import { questionsToAsk } from './questions.js'

const src = { quote: 'q', start: 0, end: 1 }
const dossier: Dossier = {
  name: 'Acme',
  mission: { text: 'Acme exists to make farming data open.', source: src },
  vision: null,
  values: [],
  culture: [],
  initiatives: [{ text: 'Launch in Brazil next year', horizon: 'short', source: src }],
  products: [],
  job: {
    title: 'Data Engineer',
    responsibilities: [],
    requirements: [],
    niceToHave: [],
    skills: [],
  },
  warnings: [],
}

describe('questionsToAsk', () => {
  it("asks about the company plans and about the person's own goals", () => {
    const goals = [
      completeGoal({ id: 'a', text: 'Become a team lead within four years' }, '2026-01-01'),
      completeGoal({ id: 'b', text: 'Learn Kubernetes' }, '2026-01-01'),
    ]
    const q = questionsToAsk(goals, dossier)
    expect(q.map((x) => x.from)).toEqual(['initiative', 'goal', 'mission', 'goal'])
    expect(q[0]?.text).toContain('launch in Brazil next year')
    expect(q[1]?.text).toMatch(/^What does the path to team lead look like here/)
    expect(q[3]?.text).toContain('Kubernetes')
  })

  it('still asks from goals when there is no dossier', () => {
    const q = questionsToAsk(
      [completeGoal({ id: 'a', text: 'Become an engineering manager' }, '2026-01-01')],
      null,
    )
    expect(q).toHaveLength(1)
    expect(q[0]?.text).toContain('path to manager')
  })

  it("asks about a plan in the candidate's voice, or not at all, and never pastes the company's sentence", () => {
    const plans: Dossier = {
      ...dossier,
      mission: { text: 'Our mission is to help every clinic get paid on time.', source: src },
      initiatives: [
        {
          text: 'In 2026 we are expanding into Canada with our first provincial partner.',
          horizon: 'short',
          source: src,
        },
        {
          text: 'By 2029 we aim to support 5,000 clinics across North America.',
          horizon: 'long',
          source: src,
        },
      ],
      job: {
        ...(dossier.job as NonNullable<Dossier['job']>),
        title: 'Machine Learning Engineer, Forecasting',
      },
    }
    const q = questionsToAsk([], plans).map((x) => x.text)
    expect(q).toEqual([
      'Where does the Machine Learning Engineer role fit in your plan to support 5,000 clinics across North America by 2029?',
      'How does the team measure its progress toward your mission to help every clinic get paid on time?',
    ])
  })
})

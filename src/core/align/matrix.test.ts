/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import { type Dossier, dossierSchema } from '../contracts/dossier.js'
import { completeGoal } from '../goals/model.js'
import { readProfileFile } from '../goals/profile-file.js'
import { align } from './matrix.js'

const files = import.meta.glob<unknown>('../../../test/fixtures/profiles/**/*.json', {
  eager: true,
  import: 'default',
})
const json = (path: string): unknown => files[`../../../test/fixtures/profiles/${path}`]
const { profile, goals } = readProfileFile(json('ana-backend.json'), '2026-11-25')
const ledgerly: Dossier = dossierSchema.parse(json('companies/ledgerly.json'))

describe('align', () => {
  const a = align(profile, goals, ledgerly)
  const find = (row: string, col: string) =>
    a.matches.find((m) => m.row.text === row && m.column.text.startsWith(col))

  it('says why each match is one: a skill, shared words, word forms or a concept', () => {
    expect(find('TypeScript', 'TypeScript')).toMatchObject({ via: 'skill', shared: ['TypeScript'] })
    expect(find('teamwork', 'We Win Together')).toMatchObject({
      via: 'concept',
      shared: ['Collaboration and teamwork'],
    })
    expect(find('owning problems end to end', 'Own the Outcome')).toMatchObject({
      via: 'concept',
      shared: ['Ownership and accountability'],
    })
    expect(
      find(
        'Become a staff engineer who shapes the architecture of payment systems',
        'Design and build',
      ),
    ).toMatchObject({ via: 'word-forms', shared: ['payment / payments'] })
    expect(
      find('building reliable systems that small businesses depend on', 'Ledgerly exists'),
    ).toMatchObject({ via: 'shared-words', shared: ['small', 'businesses'] })
    for (const m of a.matches) expect(m.why.length).toBeGreaterThan(5)
  })

  it('lists the requirements the profile does not show as gaps', () => {
    expect(a.gaps.map((g) => g.text)).toContain('Go')
    expect(a.gaps.map((g) => g.text)).toContain('Kubernetes')
    expect(a.gaps.map((g) => g.text)).not.toContain('TypeScript')
  })

  it('draws talking points from the strongest matches and questions from plans and goals', () => {
    expect(a.talkingPoints.length).toBeGreaterThan(1)
    expect(a.talkingPoints[0]).toContain('Ledgerly')
    expect(a.questions.some((q) => q.from === 'initiative')).toBe(true)
    expect(a.questions.some((q) => q.from === 'goal')).toBe(true)
  })

  it('matches a word only where it plays the same part: a head noun is not a modifier', () => {
    const src = { quote: 'q', start: 0, end: 1 }
    const clinic: Dossier = {
      ...ledgerly,
      values: [],
      initiatives: [],
      mission: null,
      job: {
        title: 'Clinic Assistant',
        responsibilities: [
          { text: 'Prepare the exam room before each patient', source: src },
          { text: 'Train support staff on the booking system', source: src },
          { text: 'Sit the licensing exam within six months', source: src },
          { text: 'Report to the staff engineer on call', source: src },
        ],
        requirements: [],
        niceToHave: [],
        skills: [],
      },
    }
    const mine = [
      completeGoal({ id: 'a', text: 'Pass the CKA exam' }, '2026-11-25'),
      completeGoal({ id: 'b', text: 'Become a staff engineer' }, '2026-11-25'),
    ]
    const m = align(
      { ...profile, skills: [], values: [], passions: [], experience: [], aspirations: [] },
      mine,
      clinic,
    ).matches
    const pairs = m.map((x) => `${x.row.text} | ${x.column.text}`)
    expect(pairs).not.toContain('Pass the CKA exam | Prepare the exam room before each patient')
    expect(pairs).not.toContain(
      'Become a staff engineer | Train support staff on the booking system',
    )
    // True matches stay: the same head on both sides.
    expect(pairs).toContain('Pass the CKA exam | Sit the licensing exam within six months')
    expect(pairs).toContain('Become a staff engineer | Report to the staff engineer on call')
  })
})

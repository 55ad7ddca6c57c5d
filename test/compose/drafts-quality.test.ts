import { describe, expect, it } from 'vitest'
import { questionsToAsk } from '../../src/core/align/questions.js'
import { critiqueDraft } from '../../src/core/compose/critique-draft.js'
import { composeDrafts } from '../../src/core/compose/draft.js'
import { QUESTION_KINDS } from '../../src/core/contracts/report.js'
import {
  companies,
  onTime,
  people,
  problemsOf,
  questionProblems,
  realCompanies,
} from './draft-checks.js'

// Issue 16, "done when": drafts from every profile fixture, the JSON Resume sample (alone and
// with two goals) and every company page paired with a job posting, each read the way a
// listener would hear it (draft-checks.ts): no company "we"/"our"/"us" outside quotes, no
// clause where a noun phrase belongs, one horizon per sentence, no placeholder in a draft the
// critique calls strong or solid, nothing invented, and the length near its target.
const persons = people()
const all = [...companies(), ...realCompanies()]
let complete = 0
let onTarget = 0
const farOff: string[] = []

describe('drafts read aloud', () => {
  it('covers at least ten company and job pages and the JSON Resume sample', () => {
    expect(all.filter((c) => c.name.includes('+')).length).toBeGreaterThanOrEqual(10)
    expect(all.filter((c) => c.name.startsWith('real:')).length).toBeGreaterThanOrEqual(30)
    expect(persons.map((p) => p.name)).toContain('jsonresume-sample')
  })

  for (const company of all) {
    it(`at ${company.name}: every draft is something a person could say`, () => {
      const problems: string[] = []
      for (const person of persons) {
        const { drafts } = composeDrafts({
          profile: person.profile,
          goals: person.goals,
          dossier: company.dossier,
          questions: QUESTION_KINDS,
        })
        expect(drafts).toHaveLength(12)
        for (const d of drafts) {
          for (const p of problemsOf(d, person, company))
            problems.push(`${person.name} ${d.question} ${d.length}: ${p}\n  ${d.text}`)
          if (!d.complete) continue
          complete++
          // Every complete draft lands within 15% of its target: when the person's own facts run
          // out, the role's requirements, the company's other values and plans fill it, never padding.
          if (onTime(d)) onTarget++
          else farOff.push(`${person.name} ${d.question} ${d.length}: ${d.words} words`)
        }
      }
      expect(problems).toEqual([])
    })
  }

  it('lands every complete draft within 15% of 30, 60 or 90 seconds', () => {
    expect(complete).toBeGreaterThan(1000)
    expect(farOff).toEqual([])
    // Measured 2026-12-05: 3390 of 3390 on target with the 30 real page pairs; p95 distance 6.2%
    // (10.0% before a sentence past the target had to land nearer the clock).
    expect(onTarget).toBe(complete)
  })
})

describe('duty sentences', () => {
  it('never name a skill twice, and claim readiness only for a duty naming a skill the person has', () => {
    const problems: string[] = []
    for (const company of all)
      for (const person of persons)
        for (const d of composeDrafts({ ...person, dossier: company.dossier }).drafts) {
          const bring = /I'd bring ([^.]+?) to help ([^.]+?) at /.exec(d.text)
          if (bring?.[1] && bring[2]?.toLowerCase().includes(bring[1].toLowerCase()))
            problems.push(`${person.name} @ ${company.name}: ${bring[0]}`)
          const ready = /I'm ready to ([^.]+?) from the start/.exec(d.text)
          const haves = person.profile.skills.filter((s) => s.status === 'have')
          if (
            ready?.[1] &&
            !haves.some((h) => ready[1]?.toLowerCase().includes(h.name.toLowerCase()))
          )
            problems.push(`${person.name} @ ${company.name}: ${ready[0]}`)
        }
    expect(problems).toEqual([])
  })
})

describe('questions to ask, read aloud', () => {
  it("are grammatical and in the candidate's voice for every person at every company", () => {
    const problems: string[] = []
    let asked = 0
    for (const company of all)
      for (const person of persons)
        for (const q of questionsToAsk(person.goals, company.dossier)) {
          asked++
          for (const p of questionProblems(q.text, company))
            problems.push(`${person.name} @ ${company.name}: ${p}\n  ${q.text}`)
        }
    expect(asked).toBeGreaterThan(200)
    expect(problems).toEqual([])
  })
})

describe('the issue 16 cases', () => {
  const byName = (n: string) => {
    const p = persons.find((x) => x.name === n)
    if (!p) throw new Error(`no fixture person ${n}`)
    return p
  }
  const at = (n: string) => {
    const c = all.find((x) => x.name === n)
    if (!c) throw new Error(`no fixture company ${n}`)
    return c.dossier
  }

  it('never calls a draft with unfilled placeholders strong or solid', () => {
    const { profile, goals } = byName('jsonresume-sample')
    const { drafts } = composeDrafts({ profile, goals, dossier: at('ledgerly') })
    const d = drafts[0]
    expect(d?.text).toContain('[your long-term goal]')
    expect(critiqueDraft(d?.text ?? '', {}).verdict).toBe('needs-work')
  })

  it('says résumé bullets in the first person, past tense, and names skills the way people do', () => {
    const { profile, goals } = byName('jsonresume-sample+goals')
    const text = composeDrafts({ profile, goals, dossier: at('ledgerly') })
      .drafts.map((d) => d.text)
      .join(' ')
    expect(text).toMatch(/\bI (optimized|won|built) /)
    expect(text).not.toMatch(/\bI build /)
    expect(text).not.toMatch(/CEO\/President|Web Development/)
  })

  it('says when the goal and the company pull apart, and drafts only the part that holds', () => {
    const { profile, goals } = byName('malik-teacher-to-data')
    const result = composeDrafts({ profile, goals, dossier: at('ledgerly') })
    expect(result.gap).toMatchObject({
      goalField: 'healthcare',
      companyFields: ['bookkeeping and accounting'],
      bridge: 'Lead analytics',
    })
    expect(result.notes.join(' ')).toMatch(/names healthcare/)
    for (const d of result.drafts) expect(d.text).not.toMatch(/healthcare|patient/i)
    expect(composeDrafts({ profile, goals, dossier: at('brightpath') }).gap).toBeNull()
  })

  it('leads each question with its own thing', () => {
    const { profile, goals } = byName('ana-backend')
    const { drafts } = composeDrafts({
      profile,
      goals,
      dossier: at('ledgerly'),
      questions: QUESTION_KINDS,
    })
    const first = (q: string) =>
      drafts.find((d) => d.question === q && d.length === 60)?.text.split(/(?<=\.)\s/)[0] ?? ''
    expect(first('career-goals')).toMatch(/goal|long run/i)
    expect(first('five-years')).toMatch(/path/)
    expect(first('why-here')).toMatch(/Ledgerly/)
    expect(new Set(QUESTION_KINDS.map(first)).size).toBeGreaterThanOrEqual(3)
  })
})

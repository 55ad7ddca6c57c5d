import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Dossier } from '../contracts/dossier.js'
import { profileSchema } from '../contracts/profile.js'
import { completeGoal } from '../goals/model.js'
import { composeDrafts } from './draft.js'
import { inputTexts, unsupportedFacts } from './facts.js'

const src = { quote: 'q', start: 0, end: 1 }
const phrase = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.constantFrom(
    'lead the Berlin team',
    'Kubernetes',
    'honesty',
    'cut costs by 12%',
    'Become a nurse',
    "I'm burned out",
    'my own studio',
    'We exist to help 3 towns',
  ),
)
const nonBlank = phrase.filter((s) => s.trim().length > 0)

describe('composeDrafts on arbitrary inputs', () => {
  it('never throws, and every fact in a draft comes from the inputs', () => {
    fc.assert(
      fc.property(
        fc.record({
          values: fc.array(nonBlank, { maxLength: 3 }),
          passions: fc.array(nonBlank, { maxLength: 2 }),
          skills: fc.array(
            fc.record({
              name: nonBlank,
              status: fc.constantFrom('have' as const, 'want' as const),
            }),
            { maxLength: 3 },
          ),
          goals: fc.array(nonBlank, { maxLength: 3 }),
          name: fc.option(nonBlank, { nil: null }),
          companyValues: fc.array(nonBlank, { maxLength: 3 }),
          duty: fc.option(nonBlank, { nil: null }),
          seed: fc.string({ maxLength: 10 }),
        }),
        (r) => {
          const profile = profileSchema.parse({
            values: r.values,
            passions: r.passions,
            skills: r.skills,
          })
          const goals = r.goals.map((text, i) => completeGoal({ id: `g${i}`, text }, '2026-01-01'))
          const dossier: Dossier = {
            name: r.name,
            mission: null,
            vision: null,
            values: r.companyValues.map((name) => ({ name, source: src })),
            culture: [],
            initiatives: [],
            products: [],
            job: r.duty
              ? {
                  title: 'Analyst',
                  responsibilities: [{ text: r.duty, source: src }],
                  requirements: [],
                  niceToHave: [],
                  skills: [],
                }
              : null,
            warnings: [],
          }
          const result = composeDrafts({ profile, goals, dossier, seed: r.seed })
          expect(result.drafts).toHaveLength(3)
          const inputs = inputTexts(profile, goals, dossier)
          for (const d of result.drafts)
            expect(unsupportedFacts(d.text, inputs), d.text).toEqual([])
        },
      ),
      // A fixed seed keeps CI reproducible; HEADWAY_PROPERTY_SEED explores other inputs.
      { numRuns: 400, seed: Number(process.env.HEADWAY_PROPERTY_SEED ?? 20261204) },
    )
  })
})

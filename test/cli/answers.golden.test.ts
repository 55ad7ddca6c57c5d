import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { answerCases, observe, readExpected } from './answer-fixtures.js'

// When the engine changes on purpose: `npm run fixtures:update`, then review the diff.
describe('golden answers (test/fixtures/answers)', () => {
  const cases = answerCases()

  it('has the varied cases, each with an expected.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
    for (const c of cases) expect(existsSync(c.expectedPath), c.expectedPath).toBe(true)
  })

  for (const c of cases) {
    it(`${c.name}: verdict, flags and strengths as last reviewed`, () => {
      const { intended: _, ...expected } = readExpected(c)
      expect(observe(c), 'run `npm run fixtures:update` if this change is intended').toEqual(
        expected,
      )
    })
  }
})

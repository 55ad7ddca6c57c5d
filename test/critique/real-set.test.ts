import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { figures, judgeSet } from '../../eval/judge.js'
import { SETS } from '../../eval/sets.js'

/**
 * Floors on answers published by career-advice sites (shared/data/real-answers.jsonl),
 * set a little under today's figures so a change that makes the critique worse on
 * real text fails here (today: accuracy 0.90, 25+ words 0.90, diagnosis 0.89; issue 11's
 * targets are 0.90 / 0.85 / 0.80). Raise these as the figures rise.
 */
describe('the real answers', () => {
  it('are beside the repository, as CI places them', () => {
    expect(existsSync(SETS.real)).toBe(true)
  })

  const real = existsSync(SETS.real) ? figures(judgeSet(SETS.real)) : undefined

  it('agree with their pages on the verdict, short and long', () => {
    expect(real?.accuracy).toBeGreaterThanOrEqual(0.88)
    expect(real?.long.accuracy).toBeGreaterThanOrEqual(0.85)
  })

  it("name the page's pitfall on weak answers", () => {
    expect(real?.diagnosis.rate).toBeGreaterThanOrEqual(0.85)
  })

  it('raise no red flag on more than one good answer in twenty', () => {
    expect(real?.redOnGood.rate).toBeLessThanOrEqual(0.05)
  })

  it('and the development set stays at 0.95 or above', () => {
    expect(figures(judgeSet(SETS.dev)).accuracy).toBeGreaterThanOrEqual(0.95)
  })

  it("count exactly as the team's judge does (shared/tools/score-answers.mjs, through headway batch)", () => {
    const tool = fileURLToPath(new URL('../../../shared/tools/score-answers.mjs', import.meta.url))
    const root = fileURLToPath(new URL('../..', import.meta.url))
    const line = execFileSync(process.execPath, [tool, SETS.real], { cwd: root, encoding: 'utf8' })
    const number = (key: string) => Number(new RegExp(`${key}=([0-9.]+)`).exec(line)?.[1])
    expect(number('accuracy')).toBeCloseTo(real?.accuracy ?? -1, 3)
    expect(number('accuracy25\\+')).toBeCloseTo(real?.long.accuracy ?? -1, 3)
    expect(number('diagnosis')).toBeCloseTo(real?.diagnosis.rate ?? -1, 3)
    expect(number('red-flags-on-good')).toBeCloseTo(real?.redOnGood.rate ?? -1, 3)
  }, 60_000)
})

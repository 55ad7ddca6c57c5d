import { describe, expect, it } from 'vitest'
import { measuredPace, wordBudget } from './delivery.js'

describe('word budget', () => {
  it('uses the median of plausible paces, 140 before any', () => {
    expect(measuredPace([])).toBe(140)
    expect(measuredPace([120, 2000, 160, 130])).toBe(130)
    expect(wordBudget(130, 60)).toBe(130)
    expect(wordBudget(130, 90)).toBe(195)
  })
})

import { describe, expect, it } from 'vitest'
import { wordBudget } from '../../core/index.js'
import { measuredPace } from './delivery.js'

describe('word budget', () => {
  it('uses the median of plausible paces, 140 before any', () => {
    expect(measuredPace([])).toBe(140)
    expect(measuredPace([120, 2000, 160, 130])).toBe(130)
    expect(wordBudget(60, 130)).toBe(130)
    expect(wordBudget(90, 130)).toBe(195)
  })
})

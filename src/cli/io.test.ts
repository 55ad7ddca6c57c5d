import { describe, expect, it } from 'vitest'
import { type CommandIO, processIO, todayOf } from './io.js'
import { UsageError } from './usage-error.js'

const withToday = (value: string): CommandIO => ({ ...processIO(), env: { HEADWAY_TODAY: value } })

describe('todayOf', () => {
  it('takes HEADWAY_TODAY when it is a real calendar date, leap days included', () => {
    expect(todayOf(withToday('2026-11-25'))).toBe('2026-11-25')
    expect(todayOf(withToday('2028-02-29'))).toBe('2028-02-29')
  })

  it('refuses anything else as a usage error', () => {
    for (const bad of [
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '2026-1-5',
      '26-11-25',
      '',
      'today',
    ])
      expect(() => todayOf(withToday(bad)), bad).toThrow(UsageError)
  })

  it('is the clock date without HEADWAY_TODAY', () => {
    expect(todayOf({ ...processIO(), env: {} })).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

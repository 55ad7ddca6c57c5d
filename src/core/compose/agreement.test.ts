import { describe, expect, it } from 'vitest'
import { agree, isPluralSubject } from './agreement.js'

describe('isPluralSubject', () => {
  it.each([
    'craft and attention to detail',
    'clear writing and fast feedback',
    'small teams',
    'honest reviews of my work',
  ])('%j takes a plural verb', (s) => {
    expect(isPluralSubject(s)).toBe(true)
  })

  it.each([
    'empathy',
    'accessibility for everyone',
    'building reliable systems that small businesses depend on',
    'turning messy data into decisions people can act on',
    'learning every day',
  ])('%j takes a singular verb', (s) => {
    expect(isPluralSubject(s)).toBe(false)
  })
})

describe('agree', () => {
  it('makes the template verb agree with the person’s phrase', () => {
    const mine = 'craft and attention to detail'
    expect(agree(`${mine} matters to me too.`, mine)).toBe(`${mine} matter to me too.`)
    expect(agree(`because ${mine} is how I work best.`, mine)).toBe(
      `because ${mine} are how I work best.`,
    )
    expect(agree('empathy matters to me.', 'empathy')).toBe('empathy matters to me.')
  })
})

import { describe, expect, it } from 'vitest'
import { honestVersion } from './honest.js'

describe('honestVersion', () => {
  it('keeps what is true and relevant and says what it left out and why', () => {
    const h = honestVersion(
      'I want to get very good at brand strategy for small businesses. One day I want my own studio.',
      'Brand Designer',
    )
    expect(h.interview).toBe('I want to get very good at brand strategy for small businesses.')
    expect(h.leftOut.map((l) => `${l.why}: ${l.text}`)).toEqual([
      'off-role: One day I want my own studio.',
    ])
    expect(h.leftOut[0]?.explanation).toContain('Brand Designer')
  })

  it('leaves out money first and complaints', () => {
    const h = honestVersion(
      'Honestly I mostly want a higher salary. My boss is toxic. I want to lead research projects.',
    )
    expect(h.leftOut.map((l) => l.why)).toEqual(['salary-title', 'negative'])
    expect(h.interview).toBe('I want to lead research projects.')
  })

  it('keeps the skills of an off-role wish and never adds new claims', () => {
    const h = honestVersion('Eventually I will start my own agency doing UX design.')
    expect(h.interview).toBe('I want to keep building my UX design skills.')
  })

  it('says what to write when nothing can be kept', () => {
    const h = honestVersion('I want to retire at forty.', 'Analyst')
    expect(h.placeholder).toBe('[the part of this goal you can pursue in the Analyst role]')
    expect(h.interview).toBe(h.placeholder)
  })
})

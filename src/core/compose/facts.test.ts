import { describe, expect, it } from 'vitest'
import { composePhrases } from '../lexicons/compose-phrases.js'
import { skillsLexicon } from '../lexicons/skills.js'
import { templateVocabulary, unsupportedFacts } from './facts.js'

const compact = (draft: string, inputs: string[]) =>
  unsupportedFacts(draft, inputs).map((f) => `${f.kind} "${f.text}"`)

describe('unsupportedFacts', () => {
  it('finds invented names, numbers, skills and values', () => {
    const inputs = ['Backend engineer at Tallyworks', 'I know TypeScript', 'teamwork']
    expect(compact('At Tallyworks I used TypeScript and teamwork.', inputs)).toEqual([])
    expect(compact('At Stripe I used TypeScript.', inputs)).toEqual(['name "Stripe"'])
    expect(compact('I cut costs by 40% in three months.', inputs)).toEqual([
      'number "40"',
      'number "three"',
    ])
    expect(compact('I used kubernetes daily.', inputs)).toEqual(['skill "kubernetes"'])
    expect(compact('I value integrity.', inputs)).toEqual(['value "integrity"'])
  })

  it('reads numbers with separators and ranges', () => {
    expect(
      compact('We serve 40,000 stores in 2025-2030.', ['We serve 40,000 stores', 'from 2025-2030']),
    ).toEqual([])
    expect(
      compact('We serve 40,000 stores in 2025-2031.', ['We serve 40,000 stores', 'from 2025-2030']),
    ).toEqual(['number "2031"'])
  })

  it('accepts other forms of an input word and skips placeholders', () => {
    expect(compact('I value collaborative work.', ['collaboration'])).toEqual([])
    expect(compact('My goal is [your Kubernetes goal].', [])).toEqual([])
  })
})

describe('the draft templates', () => {
  it('hold no names, numbers or skills of their own', () => {
    const skillAliases = new Set(skillsLexicon().flatMap((s) => s.aliases))
    for (const [slot, variants] of Object.entries(composePhrases().slots)) {
      for (const v of variants) {
        const bare = v.replace(/\{[a-z]+\}/g, '')
        expect(bare, slot).not.toMatch(/\d/)
        // Capitals only where a sentence starts, for "I", or right after a hole ({company}'s).
        const caps = bare.match(/(?<=[a-z,;'’]\s)[A-Z][a-z]+/g) ?? []
        expect(
          caps.filter((c) => c !== 'I'),
          `${slot}: ${v}`,
        ).toEqual([])
      }
    }
    for (const w of templateVocabulary()) expect(skillAliases.has(w), w).toBe(false)
  })

  it('accepts an abbreviation that gains a full stop at the end of a sentence', () => {
    expect(unsupportedFacts('My next step is to work toward A.M.', ['A.M'])).toEqual([])
  })
})

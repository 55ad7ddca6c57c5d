import { describe, expect, it } from 'vitest'
import { profileSchema } from '../../../../src/core/contracts/profile.js'
import { importJsonResume } from './jsonResume.js'

const empty = profileSchema.parse({})

describe('importJsonResume', () => {
  it('pre-fills name, role, skills with levels, work and interests', () => {
    const resume = JSON.stringify({
      basics: { name: 'Ada Lovelace', label: 'Data analyst' },
      skills: [
        { name: 'SQL', level: 'Advanced' },
        { name: 'Python', level: 'guru' },
      ],
      work: [{ name: 'Acme', position: 'Analyst', highlights: ['Cut report time by 40%'] }],
      interests: [{ name: 'Open data' }],
    })
    const p = importJsonResume(resume, empty)
    expect(p.name).toBe('Ada Lovelace')
    expect(p.currentRole).toBe('Data analyst')
    expect(p.skills).toEqual([
      { name: 'SQL', status: 'have', level: 'advanced' },
      { name: 'Python', status: 'have' },
    ])
    expect(p.experience[0]).toMatchObject({ role: 'Analyst', organization: 'Acme' })
    expect(p.passions).toEqual(['Open data'])
    expect(profileSchema.safeParse(p).success).toBe(true)
  })

  it('keeps what the person wrote and skips duplicate skills', () => {
    const before = { ...empty, name: 'Me', skills: [{ name: 'sql', status: 'want' as const }] }
    const p = importJsonResume('{"basics":{"name":"Other"},"skills":[{"name":"SQL"}]}', before)
    expect(p.name).toBe('Me')
    expect(p.skills).toHaveLength(1)
  })

  it('says what is wrong with input that is not a resume', () => {
    expect(() => importJsonResume('{oops', empty)).toThrow(/not valid JSON/)
    expect(() => importJsonResume('[1]', empty)).toThrow(/object/)
    expect(() => importJsonResume('{"a":1}', empty)).toThrow(/JSON Resume/)
  })
})

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { profileSchema } from '../core/contracts/profile.js'
import { importJsonResume, mergeResume, ResumeError } from './json-resume.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/resumes/${name}`, import.meta.url), 'utf8')

describe('importJsonResume', () => {
  it('pre-fills skills and experience from a complete resume', () => {
    const r = importJsonResume(fixture('complete.json'))
    expect(r.profile.name).toBe('Priya Natarajan')
    expect(r.profile.currentRole).toBe('Data Analyst')
    expect(r.profile.skills.map((s) => `${s.name}/${s.level ?? '-'}`)).toEqual([
      'SQL/advanced',
      'PostgreSQL/-',
      'BigQuery/-',
      'Tableau/intermediate',
      'Python/beginner',
    ])
    expect(r.profile.experience.map((e) => `${e.role} @ ${e.organization ?? '-'}`)).toEqual([
      'Data Analyst @ Harbor Retail',
      'Library Assistant @ City Library',
      'project: Open bike data @ -',
      'Bachelor in Economics @ State University',
    ])
    expect(r.profile.experience[0]?.highlights).toContain('Automated the stock report in SQL')
    expect(r.certificates).toEqual(['Google Data Analytics Certificate (Google)'])
    expect(r.skipped).toEqual([
      'languages: not imported (headway reads basics, work, skills, education, certificates, projects, interests)',
    ])
  })

  it('imports odd fields without a crash and says what it skipped', () => {
    const r = importJsonResume(fixture('odd.json'))
    expect(r.profile.experience.map((e) => e.role)).toEqual([
      'Support Engineer',
      'Engineer',
      'project: Side project',
    ])
    expect(r.profile.experience[0]?.organization).toBe('Old-schema Co')
    expect(r.profile.experience[1]?.highlights).toEqual(['Shipped the mobile app'])
    expect(r.skipped).toEqual(
      expect.arrayContaining([
        'basics.name: not text (a list)',
        'basics.label: not text (number)',
        'work[0]: entry invalid input: expected object, received string',
        'work[1].highlights: expected a list',
        'work[2]: no position, left out',
        'work[4].highlights[0]: not text (number)',
        'skills: expected a list, got object',
        'education[0].institution: not text (number)',
        'certificates[0]: no name, left out',
        'volunteer: not imported (headway reads basics, work, skills, education, certificates, projects, interests)',
      ]),
    )
    expect(r.skipped.some((s) => s.startsWith('work[3]'))).toBe(true)
  })

  it('drops duplicate skills and reports unknown levels', () => {
    const r = importJsonResume(fixture('minimal.json'))
    expect(r.profile.skills).toEqual([{ name: 'Figma', status: 'have' }])
    expect(r.skipped).toEqual([
      'skills[1].level: "ninja" is not a known level (beginner, intermediate, advanced, expert)',
    ])
  })

  it('gives a clear error for text that is not JSON or not an object', () => {
    expect(() => importJsonResume('{"basics": ')).toThrow(ResumeError)
    expect(() => importJsonResume('{"basics": ')).toThrow(/not valid JSON/)
    expect(() => importJsonResume('[1, 2]')).toThrow(/holds a list/)
    expect(() => importJsonResume('"text"')).toThrow(/holds a string/)
  })

  it('never crashes on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          const r = importJsonResume(JSON.stringify(value))
          return Array.isArray(r.skipped)
        } catch (error) {
          return error instanceof ResumeError
        }
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(
        fc.record(
          {
            basics: fc.anything(),
            work: fc.anything(),
            skills: fc.anything(),
            education: fc.anything(),
            certificates: fc.anything(),
            projects: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (value) => {
          const text = JSON.stringify(value)
          if (text === undefined) return true
          return Array.isArray(importJsonResume(text).skipped)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('adds a resume to a profile, keeping what the person wrote and skipping skills they list', () => {
    const before = {
      ...profileSchema.parse({}),
      name: 'Me',
      skills: [{ name: 'sql', status: 'want' as const }],
      passions: ['Open data'],
    }
    const imported = importJsonResume(
      JSON.stringify({
        basics: { name: 'Other', label: 'Data analyst' },
        skills: [{ name: 'SQL', level: 'Advanced' }, { name: 'Python' }],
        work: [{ name: 'Acme', position: 'Analyst' }],
        interests: [{ name: 'Open data' }, { name: 'Cycling' }],
      }),
    )
    expect(imported.skipped).toEqual([])
    const p = mergeResume(before, imported)
    expect(p.name).toBe('Me')
    expect(p.currentRole).toBe('Data analyst')
    expect(p.skills.map((s) => s.name)).toEqual(['sql', 'Python'])
    expect(p.experience[0]).toMatchObject({ role: 'Analyst', organization: 'Acme' })
    expect(p.passions).toEqual(['Open data', 'Cycling'])
    expect(profileSchema.safeParse(p).success).toBe(true)
  })
})

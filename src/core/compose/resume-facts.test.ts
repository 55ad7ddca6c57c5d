import { describe, expect, it } from 'vitest'
import { profileSchema } from '../contracts/profile.js'
import { achievementPhrase, bestAchievements, skillsToName, spokenSkill } from './resume-facts.js'

describe('résumé facts as a person says them', () => {
  it.each([
    ['Build an algorithm that flags copied songs', 'built an algorithm that flags copied songs'],
    ['Successfully won Techcrunch Disrupt', 'won Techcrunch Disrupt'],
    ['Led our support team of five', 'led the support team of five'],
    [
      'Optimized an algorithm that holds the record',
      'optimized an algorithm that holds the record',
    ],
  ])('%s → I %s', (bullet, said) => {
    expect(achievementPhrase(bullet)).toBe(said)
  })

  it.each([
    'Global movement of free coding clubs',
    'We shipped the app together',
    'Designed, built, tested and shipped a mobile app used by thousands of riders across four cities every single day',
  ])('leaves out a bullet it cannot say cleanly: %s', (bullet) => {
    expect(achievementPhrase(bullet)).toBeNull()
  })

  it('names the role once and the project as a project', () => {
    const profile = profileSchema.parse({
      experience: [
        { role: 'CEO/President', organization: 'Pied Piper', highlights: ['Won an award in 2014'] },
        { role: 'project: Miss Direction', highlights: ['Built a mapping engine'] },
      ],
    })
    expect(bestAchievements(profile).map((a) => `${a.within}: ${a.text}`)).toEqual([
      'as a CEO at Pied Piper: won an award in 2014',
      'on the Miss Direction project: built a mapping engine',
    ])
  })

  it('lower-cases skills but keeps names and acronyms, and trims to what the role asks for', () => {
    expect(
      ['Web Development', 'Power BI', 'SQL', 'Tableau', 'Compression'].map(spokenSkill),
    ).toEqual(['web development', 'Power BI', 'SQL', 'Tableau', 'compression'])
    expect(
      skillsToName(['Excel', 'Data Analysis', 'SQL', 'Power BI', 'Python'], ['Power BI', 'SQL']),
    ).toEqual({ skills: ['Power BI', 'SQL'], matched: true })
    expect(skillsToName(['Excel', 'Web Development', 'SQL'], []).skills).toHaveLength(2)
  })
})

describe('achievementPhrase keeps the articles a bullet drops', () => {
  it('puts "a" or "an" before a bare count noun and leaves mass nouns bare', () => {
    expect(achievementPhrase('Won award at AIHacks 2016')).toBe('won an award at AIHacks 2016')
    expect(achievementPhrase('Led team of five engineers')).toBe('led a team of five engineers')
    expect(achievementPhrase('Reduced latency by 40%')).toBe('reduced latency by 40%')
    expect(achievementPhrase('Built by all women team of newbie programmers')).toBeNull()
  })
})

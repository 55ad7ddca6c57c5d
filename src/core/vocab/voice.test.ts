import { describe, expect, it } from 'vitest'
import { companyPhrase, dutyPhrase, missionPhrase, toListener, valueName } from './voice.js'

describe('company statements in the candidate’s voice', () => {
  it.each([
    [
      'We will open a cross-dock in Spokane next year.',
      'your plan to open a cross-dock in Spokane next year',
    ],
    [
      'By 2028 we plan to run a fully electric regional fleet.',
      'your plan to run a fully electric regional fleet by 2028',
    ],
    [
      'Next year we open a cross-dock in Spokane, and by 2028 we plan to electrify.',
      'your plan to open a cross-dock in Spokane next year',
    ],
    [
      'Launch automated invoicing in Europe next year',
      'your plan to launch automated invoicing in Europe next year',
    ],
    ['A new depot in Moncton', 'a new depot in Moncton'],
  ])('%s → %s', (statement, noun) => {
    expect(companyPhrase(statement)?.noun).toBe(noun)
  })

  it.each([
    'Our fleet is electric and our drivers are happy.',
    'They told us the depot was late.',
    'We open.',
  ])('leaves out what cannot be said cleanly: %s', (statement) => {
    const p = companyPhrase(statement)
    if (p) expect(p.noun).not.toMatch(/\b(we|our|us|they)\b/i)
  })

  it('turns duties and missions toward the listener', () => {
    expect(dutyPhrase('Improve the reliability of our PostgreSQL services')).toBe(
      'improve the reliability of your PostgreSQL services',
    )
    expect(dutyPhrase('Own our clusters, including migrations and query tuning')).toBe(
      'own your clusters',
    )
    expect(dutyPhrase('Strong communication skills')).toBeNull()
    expect(missionPhrase('Our mission is to help patients get the right care.')).toEqual({
      kind: 'verb',
      text: 'help patients get the right care',
    })
    expect(missionPhrase('We design products that make life more accessible.')).toEqual({
      kind: 'clause',
      text: 'you design products that make life more accessible',
    })
    expect(toListener('We ship what our customers ask us for')).toBe(
      'You ship what your customers ask you for',
    )
  })

  it('quotes a value that is a sentence, and says a noun-phrase value plainly', () => {
    expect(valueName('We Win Together')).toEqual({ text: '“We Win Together”', quoted: true })
    expect(valueName('Customers First')).toEqual({ text: 'customers first', quoted: false })
  })
})

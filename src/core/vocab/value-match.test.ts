import { describe, expect, it } from 'vitest'
import { readDocument } from '../text/document.js'
import { slice } from '../text/span.js'
import { matchValue } from './value-match.js'
import { wordForm } from './word-forms.js'

function compact(answer: string, value: string, description?: string) {
  const doc = readDocument(answer)
  return matchValue(doc, value, description).map(
    (m) => `${m.via}${m.concept ? `:${m.concept.id}` : ''} "${slice(answer, m.span)}"`,
  )
}

describe('wordForm', () => {
  it('joins the forms of one word and keeps different words apart', () => {
    expect(wordForm('collaborative')).toBe(wordForm('collaboration'))
    expect(wordForm('honesty')).toBe(wordForm('honest'))
    expect(wordForm('simplicity')).toBe(wordForm('simple'))
    expect(wordForm('curiosity')).toBe(wordForm('curious'))
    expect(wordForm('customer')).not.toBe(wordForm('career'))
  })
})

describe('matchValue', () => {
  it('says exact when the value word appears as written', () => {
    expect(compact('I put customers first.', 'Customers First')).toEqual(['exact "customers"'])
  })

  it('says word-form for another form of the value word', () => {
    expect(compact('I thrive in collaborative teams.', 'Collaboration')).toEqual([
      'word-form "collaborative"',
    ])
  })

  it('says concept when only the lexicon joins the two', () => {
    expect(compact('Teamwork is how I get results.', 'We win together')).toEqual([
      'concept:collaboration "Teamwork"',
    ])
  })

  it('uses the description to find the concept of an unusual value name', () => {
    expect(compact('I care about sustainable products.', 'Think in Decades')).toEqual([])
    expect(
      compact(
        'I care about sustainable products.',
        'Think in Decades',
        'We build for future generations.',
      ),
    ).toEqual(['concept:sustainability "sustainable"'])
  })

  it('never matches on weak words alone', () => {
    expect(compact('I want to be good at my work.', 'Be Good')).toEqual([])
  })

  it('answers alike when a value meets many answers and an answer many values (both are remembered)', () => {
    const answers = ['Teamwork is how I get results.', 'I thrive in collaborative teams.']
    const values = ['Collaboration', 'We win together', 'Customers First']
    const expected = [
      [['concept "Teamwork"'], ['concept "Teamwork"'], []],
      [['word-form "collaborative"'], ['concept "collaborative"'], []],
    ]
    const docs = answers.map((a) => readDocument(a))
    // Twice round, alternating answers and values: each result as when first worked out.
    for (let round = 0; round < 2; round++)
      for (const [i, doc] of docs.entries())
        for (const [j, value] of values.entries())
          expect(
            matchValue(doc, value).map((m) => `${m.via} "${slice(answers[i] ?? '', m.span)}"`),
          ).toEqual(expected[i]?.[j])
  })

  it('returns no match for an unrelated answer', () => {
    expect(compact('I want to lead the payments platform.', 'Radical candor')).toEqual([])
  })
})

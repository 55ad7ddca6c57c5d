import { describe, expect, it } from 'vitest'
import { slice } from '../text/span.js'
import { conceptIds, conceptsOf } from './concepts.js'

const compact = (text: string) =>
  conceptsOf(text).map((h) => `${h.concept.id} "${slice(text, h.span)}"`)

describe('conceptsOf', () => {
  it('finds concepts through word forms the lexicon lists in base form', () => {
    expect(compact('I enjoy collaborating with customers.')).toEqual([
      'collaboration "collaborating"',
      'customer-focus "customers"',
    ])
  })

  it('matches multi-word and hyphenated terms, whichever way wink splits the hyphen', () => {
    const text =
      'A cross-functional, customer-first team with work-life balance and a bias for action.'
    expect(compact(text)).toEqual([
      'collaboration "cross-functional"',
      'customer-focus "customer-first"',
      'wellbeing "work-life balance"',
      'speed "bias for action"',
    ])
  })

  it('does not let a phrase run across punctuation or sentences', () => {
    expect(conceptIds('We move. Fast.')).toEqual(['speed'])
    expect(compact('We move. Fast.')).toEqual(['speed "Fast"'])
    expect(conceptIds('I keep, my word')).toEqual([])
  })

  it('leaves a text with no value words alone', () => {
    expect(conceptsOf('I plan to finish the migration by March.')).toEqual([])
    expect(conceptsOf('')).toEqual([])
  })

  it('puts "we win together" and "teamwork" in one concept', () => {
    expect(conceptIds('We win together')).toEqual(['collaboration'])
    expect(conceptIds('I value teamwork')).toEqual(['collaboration'])
  })
})

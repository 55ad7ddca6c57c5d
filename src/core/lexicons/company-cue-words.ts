import type { z } from 'zod'
import data from './company-cue-words.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'

export const companyCueWordsSchema = wordListsSchema({
  stopWords: lowerCaseWords,
  employerNouns: lowerCaseWords,
  pointers: lowerCaseWords,
  postingNouns: lowerCaseWords,
})
export type CompanyCueWords = z.infer<typeof companyCueWordsSchema>

/** Words for finding an answer's references to the employer (lexicons/company-cue-words.json). */
export const companyCueWords = lexiconLoader(companyCueWordsSchema, data)

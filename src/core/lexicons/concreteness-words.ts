import type { z } from 'zod'
import data from './concreteness-words.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'

export const concretenessWordsSchema = wordListsSchema({
  notNames: lowerCaseWords,
  vagueModifiers: lowerCaseWords,
})
export type ConcretenessWords = z.infer<typeof concretenessWordsSchema>

/** Words the concreteness finder does not take as evidence (lexicons/concreteness-words.json). */
export const concretenessWords = lexiconLoader(concretenessWordsSchema, data)

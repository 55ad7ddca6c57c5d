import type { z } from 'zod'
import data from './length-words.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'

export const lengthWordsSchema = wordListsSchema({
  commonLemmas: lowerCaseWords,
  countedOff: lowerCaseWords,
})
export type LengthWords = z.infer<typeof lengthWordsSchema>

/** Common lemmas and counted-off openers for the length rule (lexicons/length-words.json). */
export const lengthWords = lexiconLoader(lengthWordsSchema, data)

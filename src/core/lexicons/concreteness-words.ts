import { z } from 'zod'
import data from './concreteness-words.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords } from './load.js'

export const concretenessWordsSchema = z.object({
  description: z.string().min(1),
  source: z.string().min(1),
  notNames: lowerCaseWords,
  vagueModifiers: lowerCaseWords,
})
export type ConcretenessWords = z.infer<typeof concretenessWordsSchema>

/** Words the concreteness finder does not take as evidence (lexicons/concreteness-words.json). */
export const concretenessWords = lexiconLoader(concretenessWordsSchema, data)

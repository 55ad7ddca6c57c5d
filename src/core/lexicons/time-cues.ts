import type { z } from 'zod'
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'
import data from './time-cues.json' with { type: 'json' }

export const timeCuesSchema = wordListsSchema({
  ahead: lowerCaseWords,
  past: lowerCaseWords,
})
export type TimeCues = z.infer<typeof timeCuesSchema>

/** Words that tell a duration ahead from one in the past (lexicons/time-cues.json). */
export const timeCues = lexiconLoader(timeCuesSchema, data)

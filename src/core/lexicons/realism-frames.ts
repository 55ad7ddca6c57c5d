import type { z } from 'zod'
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'
import data from './realism-frames.json' with { type: 'json' }

export const realismFramesSchema = wordListsSchema({
  leadVerbs: lowerCaseWords,
  aspireWords: lowerCaseWords,
  opinionVerbs: lowerCaseWords,
  clauseEndWords: lowerCaseWords,
  wantingVerbs: lowerCaseWords,
})
export type RealismFrames = z.infer<typeof realismFramesSchema>

/** Words around an ambition phrase that decide what it says (lexicons/realism-frames.json). */
export const realismFrames = lexiconLoader(realismFramesSchema, data)

import { z } from 'zod'
import { lexiconLoader, lowerCaseWords } from './load.js'
import data from './realism-frames.json' with { type: 'json' }

export const realismFramesSchema = z.object({
  description: z.string().min(1),
  source: z.string().min(1),
  leadVerbs: lowerCaseWords,
  aspireWords: lowerCaseWords,
  opinionVerbs: lowerCaseWords,
  clauseEndWords: lowerCaseWords,
  wantingVerbs: lowerCaseWords,
})
export type RealismFrames = z.infer<typeof realismFramesSchema>

/** Words around an ambition phrase that decide what it says (lexicons/realism-frames.json). */
export const realismFrames = lexiconLoader(realismFramesSchema, data)

import type { z } from 'zod'
import data from './confidence-frames.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'

export const confidenceFramesSchema = wordListsSchema({
  presentAux: lowerCaseWords,
  undecidedNegators: lowerCaseWords,
  kindOfDeterminers: lowerCaseWords,
  likeVerbBefore: lowerCaseWords,
})
export type ConfidenceFrames = z.infer<typeof confidenceFramesSchema>

/** Words around a hedge or filler that decide whether it is one (lexicons/confidence-frames.json). */
export const confidenceFrames = lexiconLoader(confidenceFramesSchema, data)

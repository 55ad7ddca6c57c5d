import { z } from 'zod'
import { lexiconLoader } from './load.js'
import data from './value-evidence.json' with { type: 'json' }

export const valueEvidenceSchema = z.object({
  note: z.string().min(1),
  source: z.string().min(1),
  cues: z.array(z.string().min(1)),
  distractors: z.array(z.string().min(1)),
  notValueNames: z.array(z.string().min(1)),
})

/** Words around a list-like group that say it lists values, or something else (value-evidence.json). */
export const valueEvidence = lexiconLoader(valueEvidenceSchema, data)

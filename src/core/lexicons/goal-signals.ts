import { z } from 'zod'
import data from './goal-signals.json' with { type: 'json' }
import { lexiconLoader } from './load.js'

const phrases = z
  .array(
    z
      .string()
      .min(1)
      .regex(/^[a-z0-9][a-z0-9 '-]*$/),
  )
  .min(1)

export const goalSignalsSchema = z.object({
  description: z.string(),
  source: z.string().min(1),
  types: z.object({ position: phrases, skill: phrases, industry: phrases, lifestyle: phrases }),
  /** Position cues that are verbs, not roles: they do not make a goal specific. */
  actionCues: phrases,
  measurable: phrases,
  vague: phrases,
  unrealistic: phrases,
  leadership: phrases,
  learning: phrases,
})
export type GoalSignals = z.infer<typeof goalSignalsSchema>

/** Cue words for goal types and SMART checks (lexicons/goal-signals.json), validated once. */
export const goalSignals = lexiconLoader(goalSignalsSchema, data)

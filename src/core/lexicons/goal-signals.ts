import { z } from 'zod'
import data from './goal-signals.json' with { type: 'json' }

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
  measurable: phrases,
  vague: phrases,
  unrealistic: phrases,
  leadership: phrases,
  learning: phrases,
})
export type GoalSignals = z.infer<typeof goalSignalsSchema>

let cached: GoalSignals | undefined

/** Cue words for goal types and SMART checks (lexicons/goal-signals.json), validated once. */
export function goalSignals(): GoalSignals {
  cached ??= Object.freeze(goalSignalsSchema.parse(data))
  return cached
}

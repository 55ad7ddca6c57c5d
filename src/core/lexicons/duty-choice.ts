import { z } from 'zod'
import data from './duty-choice.json' with { type: 'json' }
import { lexiconLoader } from './load.js'

const words = z
  .array(
    z
      .string()
      .min(1)
      .regex(/^[a-z][a-z '-]*$/),
  )
  .min(1)

export const dutyChoiceSchema = z.object({
  description: z.string(),
  source: z.string().min(1),
  weakVerbs: words,
  instrumentVerbs: words,
  helpVerbs: words,
  notDuty: words,
})
export type DutyChoice = z.infer<typeof dutyChoiceSchema>

/** Cues for choosing the duties a draft can say (lexicons/duty-choice.json). */
export const dutyChoice = lexiconLoader(dutyChoiceSchema, data)

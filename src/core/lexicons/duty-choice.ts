import { z } from 'zod'
import data from './duty-choice.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords } from './load.js'

export const dutyChoiceSchema = z.object({
  description: z.string(),
  source: z.string().min(1),
  weakVerbs: lowerCaseWords,
  instrumentVerbs: lowerCaseWords,
  helpVerbs: lowerCaseWords,
  notDuty: lowerCaseWords,
})
export type DutyChoice = z.infer<typeof dutyChoiceSchema>

/** Cues for choosing the duties a draft can say (lexicons/duty-choice.json). */
export const dutyChoice = lexiconLoader(dutyChoiceSchema, data)

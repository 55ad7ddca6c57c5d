import { z } from 'zod'
import { QUESTION_KINDS } from './report.js'

/**
 * What the critique knows about the situation: the question, the company, the
 * role, whether the text is a spoken transcript. Everything is optional.
 */
export const critiqueContextSchema = z.object({
  question: z.enum(QUESTION_KINDS).optional(),
  company: z
    .object({
      name: z.string().max(200).optional(),
      mission: z.string().max(2000).optional(),
      values: z
        .array(
          z.union([
            z.string().max(200),
            z.object({ name: z.string().max(200), description: z.string().max(1000).optional() }),
          ]),
        )
        .max(50)
        .optional(),
      products: z.array(z.string().max(200)).max(50).optional(),
      initiatives: z.array(z.string().max(1000)).max(50).optional(),
    })
    .optional(),
  role: z
    .object({
      title: z.string().max(200).optional(),
      duties: z.array(z.string().max(1000)).max(50).optional(),
      skills: z.array(z.string().max(200)).max(100).optional(),
    })
    .optional(),
  spoken: z.boolean().optional(),
  /** Measured duration of a spoken answer, in seconds. */
  seconds: z.number().positive().max(3600).optional(),
  careerChange: z
    .object({ from: z.string().max(200).optional(), to: z.string().max(200).optional() })
    .optional(),
})
export type CritiqueContext = z.infer<typeof critiqueContextSchema>

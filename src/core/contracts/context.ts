import { z } from 'zod'
import { QUESTION_KINDS } from './report.js'

/**
 * The longest strings and lists a critique context holds. The schema enforces
 * them and dossierToContext (company/context.ts) clips a dossier to them, so a
 * big dossier still makes a valid context.
 */
export const CONTEXT_LIMITS = {
  name: 200,
  mission: 2000,
  values: 50,
  valueName: 200,
  valueDescription: 1000,
  products: 50,
  product: 200,
  initiatives: 50,
  initiative: 1000,
  title: 200,
  duties: 50,
  duty: 1000,
  skills: 100,
  skill: 200,
  careerField: 200,
} as const
const L = CONTEXT_LIMITS

/**
 * What the critique knows about the situation: the question, the company, the
 * role, whether the text is a spoken transcript. Everything is optional.
 */
export const critiqueContextSchema = z.object({
  question: z.enum(QUESTION_KINDS).optional(),
  company: z
    .object({
      name: z.string().max(L.name).optional(),
      mission: z.string().max(L.mission).optional(),
      values: z
        .array(
          z.union([
            z.string().max(L.valueName),
            z.object({
              name: z.string().max(L.valueName),
              description: z.string().max(L.valueDescription).optional(),
            }),
          ]),
        )
        .max(L.values)
        .optional(),
      products: z.array(z.string().max(L.product)).max(L.products).optional(),
      initiatives: z.array(z.string().max(L.initiative)).max(L.initiatives).optional(),
    })
    .optional(),
  role: z
    .object({
      title: z.string().max(L.title).optional(),
      duties: z.array(z.string().max(L.duty)).max(L.duties).optional(),
      skills: z.array(z.string().max(L.skill)).max(L.skills).optional(),
    })
    .optional(),
  spoken: z.boolean().optional(),
  /** Measured duration of a spoken answer, in seconds. */
  seconds: z.number().positive().max(3600).optional(),
  careerChange: z
    .object({
      from: z.string().max(L.careerField).optional(),
      to: z.string().max(L.careerField).optional(),
    })
    .optional(),
})
export type CritiqueContext = z.infer<typeof critiqueContextSchema>

import { z } from 'zod'

/** Where a dossier item came from: a quote and its offsets in the page's extracted text. */
export const sourceSchema = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The extraction strategy that found it ('json-ld', 'heading:values', 'phrase:we-exist-to', …). */
  via: z.string().optional(),
})
export type Source = z.infer<typeof sourceSchema>

export const statementSchema = z.object({ text: z.string(), source: sourceSchema })

export const valueSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  source: sourceSchema,
})
export type CompanyValue = z.infer<typeof valueSchema>

export const initiativeSchema = z.object({
  text: z.string(),
  horizon: z.enum(['short', 'long']).optional(),
  source: sourceSchema,
})

export const cultureSignalSchema = z.object({
  /** A short label such as 'remote', 'collaborative', 'learning'. */
  signal: z.string(),
  source: sourceSchema,
})

export const productSchema = z.object({ name: z.string(), source: sourceSchema })

export const jobSchema = z.object({
  title: z.string(),
  company: z.string().optional(),
  team: z.string().optional(),
  responsibilities: z.array(statementSchema),
  requirements: z.array(statementSchema),
  niceToHave: z.array(statementSchema),
  skills: z.array(z.string()),
  years: z.number().optional(),
  location: z.string().optional(),
  workMode: z.enum(['remote', 'hybrid', 'onsite']).optional(),
})
export type Job = z.infer<typeof jobSchema>

/**
 * The company dossier (issue 3). Other tools rely on this shape: keep it stable.
 * `headway company --json` prints it and `headway analyze --company` reads it.
 */
export const dossierSchema = z.object({
  name: z.string().nullable(),
  mission: statementSchema.nullable(),
  vision: statementSchema.nullable(),
  values: z.array(valueSchema),
  culture: z.array(cultureSignalSchema),
  initiatives: z.array(initiativeSchema),
  products: z.array(productSchema),
  job: jobSchema.nullable(),
  warnings: z.array(z.string()),
})
export type Dossier = z.infer<typeof dossierSchema>

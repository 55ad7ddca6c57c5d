import { z } from 'zod'
import data from './company-name-cues.json' with { type: 'json' }
import { lexiconLoader } from './load.js'

const words = z
  .array(
    z
      .string()
      .min(1)
      .regex(/^[a-z][a-z '-]*$/),
  )
  .min(1)

export const companyNameCuesSchema = z.object({
  description: z.string(),
  source: z.string().min(1),
  leadIns: words,
  headingWords: words,
  headingStarts: words,
  teamWords: words,
})
export type CompanyNameCues = z.infer<typeof companyNameCuesSchema>

/** Cues that tell a company's name from a heading taken for one (lexicons/company-name-cues.json). */
export const companyNameCues = lexiconLoader(companyNameCuesSchema, data)

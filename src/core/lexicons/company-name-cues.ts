import { z } from 'zod'
import data from './company-name-cues.json' with { type: 'json' }

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

let cached: CompanyNameCues | undefined

/** Cues that tell a company's name from a heading taken for one (lexicons/company-name-cues.json). */
export function companyNameCues(): CompanyNameCues {
  cached ??= Object.freeze(companyNameCuesSchema.parse(data))
  return cached
}

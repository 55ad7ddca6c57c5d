import { z } from 'zod'
import data from './company-name-cues.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords } from './load.js'

export const companyNameCuesSchema = z.object({
  description: z.string(),
  source: z.string().min(1),
  leadIns: lowerCaseWords,
  headingWords: lowerCaseWords,
  headingStarts: lowerCaseWords,
  teamWords: lowerCaseWords,
  legalForms: lowerCaseWords,
  subdomainSuffixes: lowerCaseWords,
})
export type CompanyNameCues = z.infer<typeof companyNameCuesSchema>

/** Cues that tell a company's name from a heading taken for one (lexicons/company-name-cues.json). */
export const companyNameCues = lexiconLoader(companyNameCuesSchema, data)

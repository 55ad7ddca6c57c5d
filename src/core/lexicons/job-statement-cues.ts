import type { z } from 'zod'
import data from './job-statement-cues.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'

export const jobStatementCuesSchema = wordListsSchema({
  notRequirement: lowerCaseWords,
  niceInline: lowerCaseWords,
})
export type JobStatementCues = z.infer<typeof jobStatementCuesSchema>

/** Boilerplate and nice-to-have cues inside a job posting's statements (lexicons/job-statement-cues.json). */
export const jobStatementCues = lexiconLoader(jobStatementCuesSchema, data)

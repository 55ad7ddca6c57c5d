import type { z } from 'zod'
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'
import data from './phrase-leads.json' with { type: 'json' }

export const phraseLeadsSchema = wordListsSchema({
  wantVerbs: lowerCaseWords,
  goalQualifiers: lowerCaseWords,
  goalNouns: lowerCaseWords,
  taskLeads: lowerCaseWords,
  someDayLeads: lowerCaseWords,
})
export type PhraseLeads = z.infer<typeof phraseLeadsSchema>

/** Lead-ins dropped from the front of a person's phrase (lexicons/phrase-leads.json). */
export const phraseLeads = lexiconLoader(phraseLeadsSchema, data)

import type { z } from 'zod'
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'
import data from './scope-words.json' with { type: 'json' }

export const scopeWordsSchema = wordListsSchema({
  negators: lowerCaseWords,
  contrastBefore: lowerCaseWords,
  clauseBreakWords: lowerCaseWords,
})
export type ScopeWords = z.infer<typeof scopeWordsSchema>

/** Words that bound a negation or contrast and the clause it reaches (lexicons/scope-words.json). */
export const scopeWords = lexiconLoader(scopeWordsSchema, data)

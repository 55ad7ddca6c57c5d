import type { z } from 'zod'
import data from './company-page-links.json' with { type: 'json' }
import { lexiconLoader, lowerCaseWords, wordListsSchema } from './load.js'

export const companyPageLinksSchema = wordListsSchema({
  followWords: lowerCaseWords,
})
export type CompanyPageLinks = z.infer<typeof companyPageLinksSchema>

/** Words of links that lead to a company's about, values or careers pages (lexicons/company-page-links.json). */
export const companyPageLinks = lexiconLoader(companyPageLinksSchema, data)

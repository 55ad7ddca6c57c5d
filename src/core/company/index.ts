/**
 * Company research (issue 3): pure extraction of a dossier from a company page
 * and a job description. io fetches and cleans pages; this folder only reads
 * HTML or text.
 */

/** For io's link following: the words of links to a company's about pages, and how a list becomes a pattern. */
export { companyPageLinks } from '../lexicons/company-page-links.js'
export { alternation } from '../lexicons/load.js'
export { type ContextOptions, dossierToContext } from './context.js'
export { type DossierInput, type DossierResult, extractDossier } from './dossier.js'
export { pageFromHtml } from './html-page.js'
export { parseJobDescription, parseJobHtml } from './job-description.js'
export type { Block, Page, PageMetadata } from './page.js'
export { pageFromText } from './text-page.js'

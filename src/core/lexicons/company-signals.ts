import { z } from 'zod'
import company from './company-signals.json' with { type: 'json' }
import job from './job-signals.json' with { type: 'json' }
import { lexiconLoader } from './load.js'

const lowerPhrase = z
  .string()
  .min(1)
  .refine((s) => s === s.toLowerCase(), 'lower-case')
const headingEntry = z.object({
  pattern: lowerPhrase,
  source: z.string().min(1),
  note: z.string().optional(),
  /** A heading that only sometimes holds this field ('how we work'). */
  weak: z.boolean().optional(),
})
const phraseEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: lowerPhrase,
  source: z.string().min(1),
})

export const companySignalsSchema = z.object({
  note: z.string().min(1),
  source: z.string().min(1),
  headings: z.object({
    mission: z.array(headingEntry),
    vision: z.array(headingEntry),
    values: z.array(headingEntry),
    initiatives: z.array(headingEntry),
    products: z.array(headingEntry),
    customers: z.array(headingEntry),
  }),
  phrases: z.object({
    mission: z.array(phraseEntry),
    vision: z.array(phraseEntry),
    initiatives: z.array(phraseEntry),
  }),
  horizon: z.object({
    note: z.string(),
    source: z.string().min(1),
    short: z.array(lowerPhrase),
    long: z.array(lowerPhrase),
  }),
  culture: z.array(
    z.object({
      signal: z.string().regex(/^[a-z-]+$/),
      phrases: z.array(lowerPhrase).min(1),
      source: z.string().min(1),
    }),
  ),
  ignore: z.object({ note: z.string(), source: z.string().min(1), phrases: z.array(lowerPhrase) }),
  sectionStops: z.object({
    note: z.string(),
    source: z.string().min(1),
    phrases: z.array(lowerPhrase),
  }),
})

export const jobSignalsSchema = z.object({
  note: z.string().min(1),
  source: z.string().min(1),
  sections: z.array(
    z.object({
      section: z.enum(['responsibilities', 'requirements', 'niceToHave', 'benefits', 'about']),
      pattern: lowerPhrase,
      source: z.string().min(1),
    }),
  ),
  workModes: z.object({
    note: z.string(),
    source: z.string().min(1),
    entries: z.array(
      z.object({
        mode: z.enum(['remote', 'hybrid', 'onsite']),
        phrases: z.array(lowerPhrase),
        source: z.string().min(1),
      }),
    ),
  }),
  skills: z.object({ note: z.string(), source: z.string().min(1), terms: z.array(lowerPhrase) }),
  boardWords: z.object({
    note: z.string(),
    source: z.string().min(1),
    words: z.array(lowerPhrase),
  }),
  itemShapes: z.object({
    note: z.string(),
    source: z.string().min(1),
    dutyVerbs: z.array(lowerPhrase).min(1),
    requirementStarts: z.array(lowerPhrase).min(1),
  }),
})

/** Headings and phrases that find a company page's mission, values and plans (company-signals.json). */
export const companySignals = lexiconLoader(companySignalsSchema, company)
/** Section headings, work modes and item shapes of job postings (job-signals.json). */
export const jobSignals = lexiconLoader(jobSignalsSchema, job)

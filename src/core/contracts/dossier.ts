import { z } from 'zod'

/**
 * The longest strings and lists a dossier holds. Real pages give far less (the
 * company fixtures: a mission of 163 characters, a value description of 129, at
 * most 6 items in a list), so these leave room for wordy pages while keeping
 * align and draft, whose cost grows with the text they compare, bounded.
 * extractDossier clips its output to them (fitDossier), so what it extracts is
 * always accepted back.
 */
export const DOSSIER_LIMITS = {
  /** A company, product or value name, a job title or skill, a culture label. */
  name: 200,
  /** A mission, vision, value description, initiative, duty or requirement. */
  statement: 2000,
  /** The strategy name in `via`. */
  via: 100,
  /** One warning. */
  warning: 500,
  /** Items in one list (values, initiatives, duties, skills, warnings, …). */
  items: 100,
  /** Source offsets point into a page text of at most this many characters. */
  offset: 2_000_000,
} as const

const L = DOSSIER_LIMITS
const name = () => z.string().max(L.name)
const statement = () => z.string().max(L.statement)
const list = <T extends z.ZodType>(item: T) => z.array(item).max(L.items)

/** Where a dossier item came from: a quote and its offsets in the page's extracted text. */
export const sourceSchema = z.object({
  quote: statement(),
  start: z.number().int().nonnegative().max(L.offset),
  end: z.number().int().nonnegative().max(L.offset),
  /** The extraction strategy that found it ('json-ld', 'heading:values', 'phrase:we-exist-to', …). */
  via: z.string().max(L.via).optional(),
})
export type Source = z.infer<typeof sourceSchema>

export const statementSchema = z.object({ text: statement(), source: sourceSchema })

export const valueSchema = z.object({
  name: name(),
  description: statement().optional(),
  source: sourceSchema,
})
export type CompanyValue = z.infer<typeof valueSchema>

export const initiativeSchema = z.object({
  text: statement(),
  horizon: z.enum(['short', 'long']).optional(),
  source: sourceSchema,
})

export const cultureSignalSchema = z.object({
  /** A short label such as 'remote', 'collaborative', 'learning'. */
  signal: name(),
  source: sourceSchema,
})

export const productSchema = z.object({ name: name(), source: sourceSchema })

export const jobSchema = z.object({
  title: name(),
  company: name().optional(),
  team: name().optional(),
  responsibilities: list(statementSchema),
  requirements: list(statementSchema),
  niceToHave: list(statementSchema),
  skills: list(name()),
  years: z.number().optional(),
  location: name().optional(),
  workMode: z.enum(['remote', 'hybrid', 'onsite']).optional(),
})
export type Job = z.infer<typeof jobSchema>

/**
 * The company dossier (issue 3). Other tools rely on this shape: keep it stable.
 * `headway company --json` prints it and `headway analyze --company` reads it.
 */
export const dossierSchema = z.object({
  name: name().nullable(),
  mission: statementSchema.nullable(),
  vision: statementSchema.nullable(),
  values: list(valueSchema),
  culture: list(cultureSignalSchema),
  initiatives: list(initiativeSchema),
  products: list(productSchema),
  job: jobSchema.nullable(),
  warnings: list(z.string().max(L.warning)),
})
export type Dossier = z.infer<typeof dossierSchema>

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text)
const clipSource = (source: Source): Source => {
  const quote = clip(source.quote, L.statement)
  const fitted: Source = {
    quote,
    start: Math.min(source.start, L.offset),
    end: Math.min(source.end, source.start + quote.length, L.offset),
  }
  if (source.via !== undefined) fitted.via = clip(source.via, L.via)
  return fitted
}
const clipStatement = (s: z.infer<typeof statementSchema>) => ({
  text: clip(s.text, L.statement),
  source: clipSource(s.source),
})
const firstItems = <T>(items: readonly T[]) => items.slice(0, L.items)

/**
 * The dossier cut to DOSSIER_LIMITS: longer strings are clipped (a quote's end
 * offset with it), longer lists keep their first items. A no-op for every real
 * page seen so far; it makes sure what extraction returns is always accepted
 * back by dossierSchema, however odd the page.
 */
export function fitDossier(dossier: Dossier): Dossier {
  const fitted: Dossier = {
    name: dossier.name === null ? null : clip(dossier.name, L.name),
    mission: dossier.mission && clipStatement(dossier.mission),
    vision: dossier.vision && clipStatement(dossier.vision),
    values: firstItems(dossier.values).map((v) => ({
      name: clip(v.name, L.name),
      ...(v.description !== undefined ? { description: clip(v.description, L.statement) } : {}),
      source: clipSource(v.source),
    })),
    culture: firstItems(dossier.culture).map((c) => ({
      signal: clip(c.signal, L.name),
      source: clipSource(c.source),
    })),
    initiatives: firstItems(dossier.initiatives).map((i) => ({
      ...i,
      text: clip(i.text, L.statement),
      source: clipSource(i.source),
    })),
    products: firstItems(dossier.products).map((p) => ({
      name: clip(p.name, L.name),
      source: clipSource(p.source),
    })),
    job: null,
    warnings: firstItems(dossier.warnings).map((w) => clip(w, L.warning)),
  }
  const job = dossier.job
  if (job) {
    const optional = (key: 'company' | 'team' | 'location') =>
      job[key] !== undefined ? { [key]: clip(job[key], L.name) } : {}
    fitted.job = {
      ...job,
      title: clip(job.title, L.name),
      ...optional('company'),
      ...optional('team'),
      ...optional('location'),
      responsibilities: firstItems(job.responsibilities).map(clipStatement),
      requirements: firstItems(job.requirements).map(clipStatement),
      niceToHave: firstItems(job.niceToHave).map(clipStatement),
      skills: firstItems(job.skills).map((s) => clip(s, L.name)),
    }
  }
  return fitted
}

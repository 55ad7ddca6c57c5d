import { z } from 'zod'
import { align } from '../../core/align/matrix.js'
import { draftAndCritique } from '../../core/compose/critique-draft.js'
import { DRAFT_LENGTHS } from '../../core/compose/draft.js'
import { critiqueContextSchema } from '../../core/contracts/context.js'
import { type Dossier, dossierSchema } from '../../core/contracts/dossier.js'
import { entityIdSchema } from '../../core/contracts/entities.js'
import { type Goal, goalSchema, type Profile, profileSchema } from '../../core/contracts/profile.js'
import type { Report } from '../../core/contracts/report.js'
import { analyzeChecked } from '../../core/critique/analyze.js'
import { answerTextSchema } from '../../core/critique/input.js'
import { deliveryMetrics } from '../../core/practice/delivery.js'
import { researchCompany, SourceError } from '../../io/research.js'
import { getEntity, listEntities } from '../../store/repositories/entities.js'
import { getProfile } from '../../store/repositories/profile.js'
import { notFound } from '../errors.js'
import { type Deps, defineRoute } from './route.js'

/** The core, over HTTP: nothing is stored. */

const analyzeBody = z.object({
  text: answerTextSchema,
  context: critiqueContextSchema.optional(),
})
/** `?fields=score,verdict` answers only those parts of the Report (a smaller response). */
const REPORT_FIELDS = ['score', 'verdict', 'criteria', 'flags', 'strengths', 'findings', 'stats']
const analyzeQuery = z.object({
  fields: z
    .string()
    .max(200)
    .refine((list) => list.split(',').every((field) => REPORT_FIELDS.includes(field)), {
      message: `a comma-separated list of ${REPORT_FIELDS.join(', ')}`,
    })
    .optional(),
})

/** The Report cut to `fields`; `unscorable` always stays, as it says the rest is nominal. */
function reportFields(report: Report, fields: string | undefined): Partial<Report> {
  if (!fields) return report
  const wanted = new Set([...fields.split(','), 'unscorable'])
  return Object.fromEntries(Object.entries(report).filter(([key]) => wanted.has(key)))
}

const reportSchema = z.looseObject({
  score: z.number(),
  verdict: z.enum(['strong', 'solid', 'needs-work', 'weak']),
  criteria: z.array(z.unknown()),
  flags: z.array(z.string()),
  strengths: z.array(z.string()),
  findings: z.array(z.unknown()),
  stats: z.looseObject({}),
})

const extractBody = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    html: z.string().max(5_000_000).optional(),
    text: z.string().max(2_000_000).optional(),
    job: z.string().max(200_000).optional(),
    /** With `url`: also read up to 5 same-site about/values/culture/careers pages, as `headway company --follow` does. */
    follow: z.boolean().optional(),
  })
  .refine((b) => [b.url, b.html, b.text].filter((v) => v !== undefined).length <= 1, {
    message: 'give at most one of url, html and text',
  })
  .refine((b) => !b.follow || b.url !== undefined, {
    message: 'follow reads links from a fetched page: give it with url',
    path: ['follow'],
  })
  .refine(
    (b) =>
      b.url !== undefined || b.html !== undefined || b.text !== undefined || b.job !== undefined,
    { message: 'give a company page (url, html or text) or a job description (job)' },
  )

/**
 * What align and draft work from: the company (a stored one by id, or a dossier),
 * and the person's profile and goals (the stored ones unless given).
 */
const personAndCompany = z
  .object({
    companyId: entityIdSchema.optional(),
    dossier: dossierSchema.optional(),
    profile: profileSchema.optional(),
    goals: z.array(goalSchema).max(100).optional(),
  })
  .refine((b) => (b.companyId === undefined) !== (b.dossier === undefined), {
    message: 'give exactly one of companyId and dossier',
  })
type PersonAndCompany = z.infer<typeof personAndCompany>

async function gather(
  deps: Deps,
  owner: string,
  body: PersonAndCompany,
): Promise<{ profile: Profile; goals: Goal[]; dossier: Dossier }> {
  let dossier = body.dossier
  if (body.companyId !== undefined) {
    const company = await getEntity(deps.db, 'companies', owner, body.companyId)
    if (!company) throw notFound('company')
    dossier = company.dossier
  }
  const { updatedAt: _u, ...stored } = body.profile
    ? { ...body.profile, updatedAt: null }
    : await getProfile(deps.db, owner)
  const goals = body.goals ?? (await listEntities(deps.db, 'goals', owner))
  return { profile: stored, goals, dossier: dossier as Dossier }
}

const draftBody = personAndCompany.and(
  z.object({
    seed: z.string().max(200).optional(),
    lengths: z
      .array(z.union(DRAFT_LENGTHS.map((n) => z.literal(n))))
      .min(1)
      .max(3)
      .optional(),
  }),
)

const metricsBody = z.object({
  transcript: answerTextSchema,
  seconds: z.number().positive().max(3600).optional(),
})

export const coreRoutes = [
  defineRoute<z.infer<typeof analyzeBody>>({
    method: 'POST',
    path: '/api/analyze',
    summary: 'Critique one answer: the Report of DESIGN.md',
    body: analyzeBody,
    query: analyzeQuery,
    example: () => ({
      text: 'In two years I want to be a senior engineer on your payments team; in five, to lead it.',
      context: { question: 'career-goals' },
    }),
    response: {
      status: 200,
      description: 'the Report (only the parts named in `fields`, when given)',
      schema: reportSchema,
    },
    async handle({ c, body, query }) {
      // the body schema checked the text and context: no second check
      return c.json(reportFields(analyzeChecked(body.text, body.context ?? {}), query.fields))
    },
  }),
  defineRoute<z.infer<typeof extractBody>>({
    method: 'POST',
    path: '/api/company/extract',
    summary: 'A company dossier from a page (url, saved html or pasted text) and a job description',
    body: extractBody,
    bodyLimit: 'large',
    example: () => ({
      html: '<h1>Acme</h1><h2>Our values</h2><ul><li>Be kind</li><li>Ship it</li></ul>',
      job: 'Backend engineer\nYou will build payment services.',
    }),
    response: {
      status: 200,
      description: 'the dossier and the texts its sources point into',
      schema: z.object({ dossier: dossierSchema, sourceText: z.string(), jobText: z.string() }),
    },
    async handle({ c, deps, body, now }) {
      const page =
        body.url !== undefined
          ? { location: body.url }
          : body.html !== undefined
            ? { html: body.html }
            : body.text !== undefined
              ? { text: body.text }
              : undefined
      const result = await researchCompany(
        {
          page,
          job: body.job === undefined ? undefined : { text: body.job },
          year: now.getUTCFullYear(),
        },
        { fetchPage: deps.fetchPage, follow: body.follow === true },
      ).catch((error: unknown) => {
        // the fetch or cleaning error itself says whether the request or the site is at fault
        throw error instanceof SourceError && error.cause !== undefined ? error.cause : error
      })
      return c.json({ dossier: result.dossier, sourceText: result.text, jobText: result.jobText })
    },
  }),
  defineRoute<PersonAndCompany>({
    method: 'POST',
    path: '/api/align',
    summary:
      'Your goals, skills and values against a company: overlaps with why, gaps, talking points, questions',
    body: personAndCompany,
    example: (ids) => ({ companyId: ids.companies }),
    response: {
      status: 200,
      description: 'the alignment',
      schema: z.looseObject({
        matches: z.array(z.unknown()),
        gaps: z.array(z.unknown()),
        talkingPoints: z.array(z.string()),
        questions: z.array(z.unknown()),
      }),
    },
    async handle({ c, deps, owner, body }) {
      const { profile, goals, dossier } = await gather(deps, owner, body)
      return c.json(align(profile, goals, dossier))
    },
  }),
  defineRoute<z.infer<typeof draftBody>>({
    method: 'POST',
    path: '/api/draft',
    summary: 'Drafts of the answer in about 30, 60 and 90 seconds, each with its critique',
    body: draftBody,
    example: (ids) => ({ companyId: ids.companies, seed: 'ada' }),
    response: {
      status: 200,
      description: 'the drafts, each with its Report',
      schema: z.looseObject({
        drafts: z.array(z.looseObject({ text: z.string(), report: reportSchema })),
        placeholders: z.array(z.unknown()),
        notes: z.array(z.string()),
      }),
    },
    async handle({ c, deps, owner, body }) {
      const { profile, goals, dossier } = await gather(deps, owner, body)
      const input = {
        profile,
        goals,
        dossier,
        ...(body.seed !== undefined ? { seed: body.seed } : {}),
      }
      return c.json(draftAndCritique(input, body.lengths ?? DRAFT_LENGTHS))
    },
  }),
  defineRoute<z.infer<typeof metricsBody>>({
    method: 'POST',
    path: '/api/practice/metrics',
    summary:
      'Delivery figures for a practice transcript: words a minute, fillers, hedges, repetition',
    body: metricsBody,
    example: () => ({ transcript: 'Um, so my goal is, uh, to lead the team.', seconds: 5 }),
    response: {
      status: 200,
      description: 'the delivery metrics',
      schema: z.looseObject({ words: z.number(), wpm: z.number(), fillers: z.number() }),
    },
    async handle({ c, body }) {
      return c.json(deliveryMetrics(body.transcript, body.seconds))
    },
  }),
]

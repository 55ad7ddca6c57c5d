import { z } from 'zod'
import { extractDossier } from '../../core/company/index.js'
import { critiqueContextSchema } from '../../core/contracts/context.js'
import { dossierSchema } from '../../core/contracts/dossier.js'
import { analyze } from '../../core/critique/analyze.js'
import { ApiError } from '../errors.js'
import { defineRoute } from './route.js'

/** The core, over HTTP: nothing stored. */

const analyzeBody = z.object({
  text: z.string().max(20_000),
  context: critiqueContextSchema.optional(),
})
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
  })
  .refine((b) => [b.url, b.html, b.text].filter((v) => v !== undefined).length <= 1, {
    message: 'give at most one of url, html and text',
  })
  .refine(
    (b) =>
      b.url !== undefined || b.html !== undefined || b.text !== undefined || b.job !== undefined,
    {
      message: 'give a company page (url, html or text) or a job description (job)',
    },
  )

export const coreRoutes = [
  defineRoute<z.infer<typeof analyzeBody>>({
    method: 'POST',
    path: '/api/analyze',
    summary: 'Critique one answer: the Report of DESIGN.md',
    body: analyzeBody,
    example: () => ({
      text: 'In two years I want to be a senior engineer on your payments team; in five, to lead it.',
      context: { question: 'career-goals' },
    }),
    response: { status: 200, description: 'the Report', schema: reportSchema },
    async handle({ c, body }) {
      return c.json(analyze(body.text, body.context ?? {}))
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
      description: 'the dossier and the text its sources point into',
      schema: z.object({ dossier: dossierSchema, sourceText: z.string(), jobText: z.string() }),
    },
    async handle({ c, deps, body, now }) {
      let html = body.html
      let url: string | undefined
      if (body.url !== undefined) {
        if (!deps.fetchPage) {
          throw new ApiError(
            'unavailable',
            'fetching pages is not available: paste the page instead',
          )
        }
        const page = await deps.fetchPage(body.url)
        html = page.html
        url = page.url
      }
      const result = extractDossier({
        ...(html !== undefined ? { html } : {}),
        ...(body.text !== undefined ? { text: body.text } : {}),
        ...(url !== undefined ? { url } : {}),
        ...(body.job !== undefined ? { jobText: body.job } : {}),
        year: now.getUTCFullYear(),
      })
      return c.json({ dossier: result.dossier, sourceText: result.text, jobText: result.jobText })
    },
  }),
]

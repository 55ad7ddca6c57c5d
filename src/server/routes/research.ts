import { z } from 'zod'
import { researchResultSchema } from '../../core/contracts/responses.js'
import { defineRoute } from './route.js'

/** Company research, over HTTP: the same `researchCompany` as `headway company`; nothing is stored. */

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
type ExtractBody = z.infer<typeof extractBody>

function pageOf(
  body: ExtractBody,
): { location: string } | { html: string } | { text: string } | undefined {
  if (body.url !== undefined) return { location: body.url }
  if (body.html !== undefined) return { html: body.html }
  if (body.text !== undefined) return { text: body.text }
  return undefined
}

export const researchRoutes = [
  defineRoute<ExtractBody>({
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
      schema: researchResultSchema,
    },
    async handle({ c, deps, body, now }) {
      // Loaded on first use: the HTML parsers behind it are a fifth of the server's start-up.
      const { researchCompany, SourceError } = await import('../../io/research.js')
      const result = await researchCompany(
        {
          page: pageOf(body),
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
]

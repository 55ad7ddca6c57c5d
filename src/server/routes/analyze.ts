import { z } from 'zod'
import { critiqueContextSchema } from '../../core/contracts/context.js'
import type { Report } from '../../core/contracts/report.js'
import { reportSchema } from '../../core/contracts/responses.js'
import { analyzeChecked } from '../../core/critique/analyze.js'
import { answerTextSchema } from '../../core/critique/input.js'
import { defineRoute } from './route.js'

/** Critique, over HTTP: nothing is stored. */

const analyzeBody = z.object({
  text: answerTextSchema,
  context: critiqueContextSchema.optional(),
})
/** `?fields=score,verdict` answers only those parts of the Report (a smaller response). */
const REPORT_FIELDS = Object.keys(reportSchema.shape).filter((key) => key !== 'unscorable')
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

export const analyzeRoutes = [
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
]

import { z } from 'zod'
import { draftAndCritique } from '../../core/compose/critique-draft.js'
import { DRAFT_LENGTHS } from '../../core/compose/draft.js'
import { critiquedDraftsSchema } from '../../core/contracts/responses.js'
import { gather, personAndCompany } from './person-and-company.js'
import { defineRoute } from './route.js'

/** Drafts of the answer, over HTTP: the same `draftAndCritique` as `headway draft`; nothing is stored. */

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

export const draftRoutes = [
  defineRoute<z.infer<typeof draftBody>>({
    method: 'POST',
    path: '/api/draft',
    summary: 'Drafts of the answer in about 30, 60 and 90 seconds, each with its critique',
    body: draftBody,
    example: (ids) => ({ companyId: ids.companies, seed: 'ada' }),
    response: {
      status: 200,
      description: 'the drafts, each with its Report',
      schema: critiquedDraftsSchema,
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
]

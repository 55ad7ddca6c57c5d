import { align } from '../../core/align/matrix.js'
import { alignmentSchema } from '../../core/contracts/responses.js'
import { gather, type PersonAndCompany, personAndCompany } from './person-and-company.js'
import { defineRoute } from './route.js'

/** The person against a company, over HTTP: nothing is stored. */
export const alignRoutes = [
  defineRoute<PersonAndCompany>({
    method: 'POST',
    path: '/api/align',
    summary:
      'Your goals, skills and values against a company: overlaps with why, gaps, talking points, questions',
    body: personAndCompany,
    example: (ids) => ({ companyId: ids.companies }),
    response: { status: 200, description: 'the alignment', schema: alignmentSchema },
    async handle({ c, deps, owner, body }) {
      const { profile, goals, dossier } = await gather(deps, owner, body)
      return c.json(align(profile, goals, dossier))
    },
  }),
]

import { z } from 'zod'
import {
  answerVersionInputSchema,
  type StoredAnswerVersion,
  storedAnswerVersionSchema,
} from '../../core/contracts/entities.js'
import { analyze } from '../../core/critique/analyze.js'
import { addVersion, getEntity, listVersions } from '../../store/repositories/entities.js'
import { notFound } from '../errors.js'
import { defineRoute } from './route.js'

type VersionInput = z.infer<typeof answerVersionInputSchema>

/** Saved versions of an answer; the server critiques each one as it is saved. */
export const answerVersionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/answers/:id/versions',
    summary: 'List the saved versions of an answer, oldest first',
    owns: 'answers',
    response: { status: 200, description: 'versions', schema: z.array(storedAnswerVersionSchema) },
    async handle({ c, deps, owner, params }) {
      const versions = await listVersions(deps.db, owner, params.id ?? '')
      if (!versions) throw notFound('answer')
      return c.json(versions)
    },
  }),
  defineRoute<VersionInput>({
    method: 'POST',
    path: '/api/answers/:id/versions',
    summary: 'Save a version of an answer; the server critiques it and stores the Report',
    owns: 'answers',
    body: answerVersionInputSchema,
    example: () => ({
      text: 'In two years I want to be a senior engineer on your payments team, and in five to lead it.',
    }),
    response: { status: 201, description: 'the saved version', schema: storedAnswerVersionSchema },
    async handle({ c, deps, owner, params, body, now }) {
      const answer = await getEntity(deps.db, 'answers', owner, params.id ?? '')
      if (!answer) throw notFound('answer')
      const report = analyze(body.text, { question: answer.question, ...body.context })
      const version: StoredAnswerVersion | undefined = await addVersion(
        deps.db,
        owner,
        answer.id,
        { text: body.text, report: report as unknown as StoredAnswerVersion['report'] },
        { id: deps.newId(), now: now.toISOString() },
      )
      if (!version) throw notFound('answer')
      return c.json(version, 201)
    },
  }),
]

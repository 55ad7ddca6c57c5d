import { z } from 'zod'
import type { practiceInputSchema } from '../../core/contracts/entities.js'
import { deliverySchema } from '../../core/contracts/responses.js'
import { answerTextSchema } from '../../core/critique/input.js'
import { attemptContext } from '../../core/practice/context.js'
import { critiqueAttempt } from '../../core/practice/critique.js'
import { deliveryMetrics } from '../../core/practice/delivery.js'
import { getEntity } from '../../store/repositories/entities.js'
import { getProfile } from '../../store/repositories/profile.js'
import { notFound } from '../errors.js'
import { type Deps, defineRoute } from './route.js'

type PracticeInput = z.infer<typeof practiceInputSchema>

/**
 * The server's critique of a practice attempt, in the same context the web app's
 * live critique uses: the interview's company dossier and role, and the profile's
 * career change (core/practice/critique.ts builds it for both). A question of the
 * person's own gives the attempt its text and kind, so an edit of the question in
 * another tab cannot leave the attempt scored as something else.
 */
export async function critiquePractice(
  content: Record<string, unknown>,
  { deps, owner }: { deps: Deps; owner: string },
): Promise<Record<string, unknown>> {
  const input = content as PracticeInput
  let { question, questionKind } = input
  if (input.questionId !== undefined) {
    const own = await getEntity(deps.db, 'questions', owner, input.questionId)
    if (!own) throw notFound('practice question')
    question = own.text
    questionKind = own.kind
  }
  const application =
    input.applicationId === undefined
      ? undefined
      : await getEntity(deps.db, 'applications', owner, input.applicationId)
  if (input.applicationId !== undefined && !application) throw notFound('application')
  const company =
    application?.companyId === undefined
      ? undefined
      : await getEntity(deps.db, 'companies', owner, application.companyId)
  const profile = await getProfile(deps.db, owner)
  const context = attemptContext(
    questionKind,
    input.seconds,
    { dossier: company?.dossier ?? null, companyName: company?.name, role: application?.role },
    profile,
  )
  const { questionKind: _old, ...rest } = input
  return {
    ...rest,
    question,
    ...(questionKind ? { questionKind } : {}),
    report: critiqueAttempt(input.transcript, context),
  }
}

const metricsBody = z.object({
  transcript: answerTextSchema,
  seconds: z.number().positive().max(3600).optional(),
})

/** Delivery figures of a transcript, over HTTP: nothing is stored (stored attempts are /api/practice). */
export const practiceRoutes = [
  defineRoute<z.infer<typeof metricsBody>>({
    method: 'POST',
    path: '/api/practice/metrics',
    summary:
      'Delivery figures for a practice transcript: words a minute, fillers, hedges, repetition',
    body: metricsBody,
    example: () => ({ transcript: 'Um, so my goal is, uh, to lead the team.', seconds: 5 }),
    response: { status: 200, description: 'the delivery metrics', schema: deliverySchema },
    async handle({ c, body }) {
      return c.json(deliveryMetrics(body.transcript, body.seconds))
    },
  }),
]

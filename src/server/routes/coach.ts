import { z } from 'zod'
import { exportDocumentSchema } from '../../core/contracts/entities.js'
import { exportPersonData } from '../../store/repositories/account-data.js'
import {
  createInvite,
  deleteInvite,
  isCoachOf,
  listInvites,
  listStudents,
} from '../../store/repositories/coach.js'
import { findPersonByEmail } from '../../store/repositories/people.js'
import { ApiError, notFound } from '../errors.js'
import { defineRoute, requireServerMode } from './route.js'

/**
 * Coaching (server mode): a student invites a coach by the email of the coach's
 * account; the coach then reads that student's data and nothing else, and can
 * change none of it. The student can revoke the invite at any time.
 */

const inviteSchema = z.object({
  id: z.string(),
  coachId: z.string(),
  coachEmail: z.string().nullable(),
  createdAt: z.string(),
})
const studentSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  invitedAt: z.string(),
})
const inviteBody = z.object({ email: z.email().max(254) })

const coaching = 'coaching invitations'

export const coachRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/coach/invites',
    summary: 'The coaches you invited',
    serverOnly: true,
    response: { status: 200, description: 'invites', schema: z.array(inviteSchema) },
    async handle({ c, deps, owner }) {
      requireServerMode(deps, coaching)
      return c.json(await listInvites(deps.db, owner))
    },
  }),
  defineRoute<z.infer<typeof inviteBody>>({
    method: 'POST',
    path: '/api/coach/invites',
    summary: "Let a coach's account read your data (read-only); the coach must have an account",
    serverOnly: true,
    body: inviteBody,
    example: () => ({ email: 'coach@example.org' }),
    response: { status: 201, description: 'the invite', schema: inviteSchema },
    async handle({ c, deps, owner, body, now }) {
      requireServerMode(deps, coaching)
      const coach = await findPersonByEmail(deps.db, body.email)
      if (!coach?.password_hash) {
        throw new ApiError(
          'not_found',
          'no account has this email: ask your coach to sign up first',
        )
      }
      if (coach.id === owner) {
        throw new ApiError('validation', 'you cannot be your own coach', [
          { path: 'email', message: 'this is your own email' },
        ])
      }
      const invite = await createInvite(deps.db, owner, {
        id: deps.newId(),
        coachId: coach.id,
        now: now.toISOString(),
      })
      return c.json(invite, 201)
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/coach/invites/:id',
    summary: 'Revoke an invite: the coach no longer sees your data',
    serverOnly: true,
    owns: 'coachInvites',
    response: { status: 204, description: 'revoked' },
    async handle({ c, deps, owner, params }) {
      requireServerMode(deps, coaching)
      if (!(await deleteInvite(deps.db, owner, params.id ?? ''))) throw notFound('invite')
      return c.body(null, 204)
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/coach/students',
    summary: 'As a coach: the students who invited you',
    serverOnly: true,
    response: { status: 200, description: 'students', schema: z.array(studentSchema) },
    async handle({ c, deps, owner }) {
      requireServerMode(deps, coaching)
      return c.json(await listStudents(deps.db, owner))
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/coach/students/:id/export',
    summary: "As a coach: all of one student's data (read-only), in the export format",
    serverOnly: true,
    owns: 'students',
    response: { status: 200, description: 'the student data', schema: exportDocumentSchema },
    async handle({ c, deps, owner, params, now }) {
      requireServerMode(deps, coaching)
      const student = params.id ?? ''
      if (!(await isCoachOf(deps.db, owner, student))) throw notFound('student')
      return c.json(await exportPersonData(deps.db, student, now.toISOString()))
    },
  }),
]

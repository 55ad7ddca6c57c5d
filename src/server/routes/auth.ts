import type { z } from 'zod'
import {
  credentialsSchema,
  type Me,
  meSchema,
  passwordChangeSchema,
} from '../../core/contracts/entities.js'
import {
  createPerson,
  findPersonByEmail,
  getPerson,
  LOCAL_PERSON_ID,
  setPasswordHash,
} from '../../store/repositories/people.js'
import { deleteExpiredSessions } from '../../store/repositories/sessions.js'
import { clientIp } from '../auth/client-ip.js'
import { dummyHash, hashPassword, passwordProblems, verifyPassword } from '../auth/passwords.js'
import {
  assertLoginAllowed,
  assertSignupAllowed,
  loginKeys,
  noteLoginFailure,
  noteLoginSuccess,
  noteSignup,
} from '../auth/rate-limit.js'
import {
  currentSession,
  dropSession,
  endSession,
  endSessionsOf,
  startSession,
} from '../auth/sessions.js'
import { ApiError } from '../errors.js'
import { type Deps, defineRoute, requireServerMode } from './route.js'

type Credentials = z.infer<typeof credentialsSchema>
type PasswordChange = z.infer<typeof passwordChangeSchema>

const serverOnly = (deps: Deps) => requireServerMode(deps, 'accounts')

const me = (person: { id: string; email: string | null } | null, csrfToken: string | null): Me => ({
  mode: 'server',
  person,
  csrfToken,
})

const credentialsExample = () => ({ email: 'ada@example.org', password: 'a long passphrase' })

/** Accounts and sessions (server mode); /api/auth/me works in both modes. */
export const authRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'Who is signed in, and the CSRF token to send with every change',
    access: 'public',
    response: { status: 200, description: 'the session', schema: meSchema },
    async handle({ c, deps, now }) {
      if (deps.config.mode === 'local') {
        const local: Me = {
          mode: 'local',
          person: { id: LOCAL_PERSON_ID, email: null },
          csrfToken: deps.localCsrfToken,
        }
        return c.json(local)
      }
      const session = await currentSession(c, deps.db, now)
      const person = session ? await getPerson(deps.db, session.personId) : undefined
      if (!session || !person) return c.json(me(null, null))
      return c.json(me({ id: person.id, email: person.email }, session.csrfToken))
    },
  }),
  defineRoute<Credentials>({
    method: 'POST',
    path: '/api/auth/signup',
    serverOnly: true,
    summary:
      'Create an account and sign in (server mode); 429 after 30 accounts from one address in an hour',
    access: 'public',
    csrf: false,
    body: credentialsSchema,
    example: credentialsExample,
    response: { status: 201, description: 'signed in', schema: meSchema },
    async handle({ c, deps, body, now }) {
      serverOnly(deps)
      const ip = clientIp(c, deps.config)
      await assertSignupAllowed(deps.db, deps.config, ip, now)
      const problems = passwordProblems(body.password, body.email)
      if (problems.length > 0) {
        throw new ApiError('validation', `password: ${problems[0]?.message}`, problems)
      }
      const person = await createPerson(deps.db, {
        id: deps.newId(),
        email: body.email,
        passwordHash: await hashPassword(body.password, deps.config.scryptLogN),
        now: now.toISOString(),
      })
      if (!person) throw new ApiError('conflict', 'an account with this email already exists')
      await noteSignup(deps.db, deps.config, ip, now)
      await dropSession(c, deps.db, deps.sessions)
      const { csrfToken } = await startSession(c, deps.db, deps.config, person.id, now)
      return c.json(me({ id: person.id, email: person.email }, csrfToken), 201)
    },
  }),
  defineRoute<Credentials>({
    method: 'POST',
    path: '/api/auth/login',
    serverOnly: true,
    summary: 'Sign in (server mode); 429 after 5 failures in 15 minutes',
    access: 'public',
    csrf: false,
    body: credentialsSchema,
    example: credentialsExample,
    response: { status: 200, description: 'signed in', schema: meSchema },
    async handle({ c, deps, body, now }) {
      serverOnly(deps)
      const keys = loginKeys(clientIp(c, deps.config), body.email)
      await assertLoginAllowed(deps.db, deps.config, keys, now)
      const person = await findPersonByEmail(deps.db, body.email)
      const hash = person?.password_hash ?? (await dummyHash(deps.config.scryptLogN))
      const ok = (await verifyPassword(body.password, hash)) && person?.password_hash != null
      if (!ok || !person) {
        await noteLoginFailure(deps.db, deps.config, keys, now)
        throw new ApiError('unauthorized', 'wrong email or password')
      }
      await noteLoginSuccess(deps.db, keys[1] ?? '')
      await deleteExpiredSessions(deps.db, now.toISOString())
      // A fresh session every time: a token planted before log-in is never promoted.
      await dropSession(c, deps.db, deps.sessions)
      const { csrfToken } = await startSession(c, deps.db, deps.config, person.id, now)
      return c.json(me({ id: person.id, email: person.email }, csrfToken))
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Sign out: the session ends and its cookie is cleared',
    access: 'public',
    response: { status: 204, description: 'signed out' },
    async handle({ c, deps }) {
      if (deps.config.mode === 'server') await endSession(c, deps.db, deps.config, deps.sessions)
      return c.body(null, 204)
    },
  }),
  defineRoute<PasswordChange>({
    method: 'POST',
    path: '/api/auth/password',
    serverOnly: true,
    summary: 'Change your password; every session ends and this one is renewed',
    body: passwordChangeSchema,
    example: () => ({ currentPassword: 'a long passphrase', newPassword: 'another long phrase' }),
    response: { status: 200, description: 'the new session', schema: meSchema },
    async handle({ c, deps, owner, body, now }) {
      serverOnly(deps)
      const person = await getPerson(deps.db, owner)
      if (!person?.password_hash) throw new ApiError('unauthorized', 'sign in first')
      const keys = [`account:${person.email ?? person.id}`]
      await assertLoginAllowed(deps.db, deps.config, keys, now)
      if (!(await verifyPassword(body.currentPassword, person.password_hash))) {
        await noteLoginFailure(deps.db, deps.config, keys, now)
        throw new ApiError('forbidden', 'the current password is wrong')
      }
      const problems = passwordProblems(body.newPassword, person.email ?? undefined).map((p) => ({
        ...p,
        path: 'newPassword',
      }))
      if (problems.length > 0) {
        throw new ApiError('validation', `newPassword: ${problems[0]?.message}`, problems)
      }
      const hash = await hashPassword(body.newPassword, deps.config.scryptLogN)
      await setPasswordHash(deps.db, person.id, hash, now.toISOString())
      await endSessionsOf(deps.db, person.id, deps.sessions)
      const { csrfToken } = await startSession(c, deps.db, deps.config, person.id, now)
      return c.json(me({ id: person.id, email: person.email }, csrfToken))
    },
  }),
]

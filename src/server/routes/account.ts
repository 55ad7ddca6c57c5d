import { z } from 'zod'
import { exportDocumentSchema } from '../../core/contracts/entities.js'
import {
  deleteAccount,
  deletePersonData,
  exportPersonData,
  importPersonData,
} from '../../store/repositories/account-data.js'
import { endSession } from '../auth/sessions.js'
import { ApiError } from '../errors.js'
import { defineRoute } from './route.js'

/** A person's data as a whole: export, import, delete. */
export const accountRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/export',
    summary: 'All your data as one JSON document (headway-export, version 2)',
    response: { status: 200, description: 'the export document', schema: exportDocumentSchema },
    async handle({ c, deps, owner, now }) {
      const doc = await exportPersonData(deps.db, owner, now.toISOString())
      const day = now.toISOString().slice(0, 10)
      c.header('Content-Disposition', `attachment; filename="headway-export-${day}.json"`)
      return c.json(doc)
    },
  }),
  defineRoute<unknown>({
    method: 'POST',
    path: '/api/import',
    summary:
      'Import an export document (version 1 or 2). 409 if you already have data, unless ?replace=true',
    body: z.unknown(),
    docBody: exportDocumentSchema,
    query: z.object({ replace: z.enum(['true', 'false']).optional() }),
    bodyLimit: 'large',
    example: () => ({
      format: 'headway-export',
      version: 2,
      exportedAt: '2026-11-25T12:00:00.000Z',
      profile: {
        passions: [],
        skills: [],
        values: [],
        aspirations: [],
        resources: [],
        admired: [],
        experience: [],
        updatedAt: null,
      },
      goals: [],
      companies: [],
      applications: [],
      answers: [],
      practice: [],
      stories: [],
      prepSheets: [],
    }),
    response: {
      status: 200,
      description: 'counts of imported objects',
      schema: z.object({ imported: z.record(z.string(), z.number()) }),
    },
    async handle({ c, deps, owner, body, query }) {
      const outcome = await importPersonData(deps.db, owner, body, {
        replace: query.replace === 'true',
      })
      if (outcome.status === 'invalid') {
        const first = outcome.problems[0]
        throw new ApiError(
          'validation',
          `not a valid headway export${first ? `: ${first.path}: ${first.message}` : ''}`,
          outcome.problems,
        )
      }
      if (outcome.status === 'not-empty') {
        throw new ApiError(
          'conflict',
          'you already have data: import with ?replace=true to replace all of it',
        )
      }
      return c.json({ imported: outcome.counts })
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/account',
    summary: 'Delete all your data (and, in server mode, the account and its sessions)',
    response: { status: 204, description: 'deleted' },
    async handle({ c, deps, owner }) {
      if (deps.config.mode === 'server') {
        await deleteAccount(deps.db, owner)
        await endSession(c, deps.db, deps.config, deps.sessions)
      } else {
        await deps.db.transaction().execute((trx) => deletePersonData(trx, owner))
      }
      return c.body(null, 204)
    },
  }),
]

import { sql } from 'kysely'
import { z } from 'zod'
import { ApiError } from '../errors.js'
import { defineRoute } from './route.js'

/** Health and the API description. */
export const serviceRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/health',
    summary: 'Up and the database answers (503 unavailable otherwise)',
    access: 'public',
    response: {
      status: 200,
      description: 'healthy',
      schema: z.object({
        status: z.literal('ok'),
        database: z.enum(['sqlite', 'postgres']),
        mode: z.enum(['local', 'server']),
      }),
    },
    async handle({ c, deps }) {
      try {
        await sql`select 1`.execute(deps.db)
      } catch {
        throw new ApiError('unavailable', 'the database does not answer')
      }
      return c.json({ status: 'ok', database: deps.dialect, mode: deps.config.mode })
    },
  }),
]

import type { MiddlewareHandler } from 'hono'
import type { z } from 'zod'
import { validationError } from '../errors.js'
import type { ApiEnv } from './state.js'

/** The query string, checked against `schema` (400 naming each bad parameter). */
export function query(schema: z.ZodType): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const parsed = schema.safeParse(c.req.query())
    if (!parsed.success) throw validationError(parsed.error, 'query')
    c.set('query', parsed.data as Record<string, string>)
    await next()
  }
}

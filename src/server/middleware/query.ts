import type { Context } from 'hono'
import type { z } from 'zod'
import { validationError } from '../errors.js'

/** The query string, checked against `schema` (400 naming each bad parameter). */
export function checkedQuery(c: Context, schema: z.ZodType): Record<string, string> {
  const parsed = schema.safeParse(c.req.query())
  if (!parsed.success) throw validationError(parsed.error, 'query')
  return parsed.data as Record<string, string>
}

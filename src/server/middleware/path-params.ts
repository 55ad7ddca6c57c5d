import type { Context } from 'hono'
import { ApiError } from '../errors.js'

/** The path's `:id`s. One holding U+0000 names nothing (and PostgreSQL could not even look it up). */
export function checkedParams(c: Context): Record<string, string> {
  const params = c.req.param() as Record<string, string>
  for (const value of Object.values(params)) {
    if (value.includes('\u0000')) throw new ApiError('not_found', 'no such object')
  }
  return params
}

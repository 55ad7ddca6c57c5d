import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../errors.js'

/** A path id holding U+0000 names nothing (and PostgreSQL could not even look it up). */
export const pathParams: MiddlewareHandler = async (c, next) => {
  for (const value of Object.values(c.req.param() as Record<string, string>)) {
    if (value.includes('\u0000')) throw new ApiError('not_found', 'no such object')
  }
  await next()
}

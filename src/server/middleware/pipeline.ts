import type { Context } from 'hono'
import type { Deps, Route } from '../routes/route.js'
import { checkCsrf } from './csrf.js'
import { checkBodyLimit, readJsonBody } from './json-body.js'
import { checkedParams } from './path-params.js'
import { checkedQuery } from './query.js'
import { type Asker, whoIsAsking } from './session.js'

/**
 * One route's request pipeline, as one handler: `guard` (security headers, Host and
 * Origin checks), body size, who is asking, CSRF, path
 * ids, body, query, in that order; then the route's own handler gets what they found.
 * One function rather than a Hono middleware per step, because each middleware costs
 * a closure, a promise and a dispatch on every request, and an awaited step costs a
 * turn of the microtask queue even when it has nothing to wait for (a cached session).
 */
export function routeHandler(
  route: Route,
  deps: Deps,
  guard: (c: Context) => void,
): (c: Context) => Promise<Response> {
  const limit = route.bodyLimit === 'large' ? deps.config.largeBodyLimit : deps.config.bodyLimit
  const hasParams = route.path.includes('/:')
  const { mode } = deps.config
  const rest = async (c: Context, now: Date, asker: Asker): Promise<Response> => {
    if (route.csrf) checkCsrf(c, mode, asker)
    const params = hasParams ? checkedParams(c) : {}
    const body = route.body ? await readJsonBody(c, route.body, limit) : undefined
    return route.handle({
      c,
      deps,
      owner: asker.owner,
      sessionId: asker.sessionId,
      body,
      params,
      query: route.query ? checkedQuery(c, route.query) : {},
      now,
    })
  }
  return (c) => {
    guard(c)
    checkBodyLimit(c, limit)
    const now = deps.clock.now()
    const asker = whoIsAsking(c, deps, route, now)
    return asker instanceof Promise ? asker.then((a) => rest(c, now, a)) : rest(c, now, asker)
  }
}

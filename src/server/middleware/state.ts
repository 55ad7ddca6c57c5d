/**
 * What the request pipeline (session, csrf, jsonBody, query) learns about a request
 * and hands to the route's handler through Hono's context (`c.get`).
 */
export interface RequestState {
  /** When the request began, from the server's clock (one instant for the whole request). */
  now: Date
  /** The person whose data this request reads and writes ('' on public routes without one). */
  owner: string
  /** The session's token hash in server mode, when there is a session. */
  sessionId: string | null
  /** The X-CSRF-Token this request must carry (the session's, or local mode's). */
  csrfToken: string | undefined
  /** The body, parsed and checked against the route's schema. */
  body: unknown
  /** The query string, checked against the route's schema. */
  query: Record<string, string>
}

export interface ApiEnv {
  Variables: RequestState
}

import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError, validationError } from '../errors.js'

/** Deepest JSON nesting a body may have: real documents stay far below it. */
export const MAX_JSON_DEPTH = 64

const NUL = '\u0000'

/** 413; the connection closes, as the unread rest of the body would poison a kept-alive socket. */
function tooLarge(limit: number): ApiError {
  return new ApiError(
    'payload_too_large',
    `the body is over the limit of ${Math.round(limit / 1024)} KB`,
    undefined,
    { Connection: 'close' },
  )
}

/**
 * 413 when Content-Length is over `limit`, before anything else is done. A body sent
 * chunked (no length up front) is counted as `jsonBody` reads it; a route without a
 * body never reads one.
 */
export function checkBodyLimit(c: Context, limit: number): void {
  const length = c.req.header('content-length')
  if (length !== undefined && Number(length) > limit) throw tooLarge(limit)
}

/**
 * The body as text. With a Content-Length (already checked) Node's parser delivers
 * exactly that many bytes, read straight off the socket; only a chunked body goes
 * through a stream, counted against `limit`.
 */
async function readText(c: Context, limit: number): Promise<string> {
  if (c.req.header('transfer-encoding') === undefined) return c.req.text()
  const stream = c.req.raw.body
  if (!stream) return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * One walk over a parsed body (without recursion): whether it nests deeper than `max`,
 * and the dotted path of the first string holding U+0000, which PostgreSQL cannot store
 * and no field needs.
 */
function inspectBody(value: unknown, max: number): { tooDeep: boolean; nulAt: string | null } {
  const stack: [unknown, number, string][] = [[value, 1, '']]
  let nulAt: string | null = null
  while (stack.length > 0) {
    const [current, depth, path] = stack.pop() as [unknown, number, string]
    if (typeof current === 'string' && nulAt === null && current.includes(NUL)) nulAt = path
    if (current === null || typeof current !== 'object') continue
    if (depth > max) return { tooDeep: true, nulAt }
    for (const [key, child] of Object.entries(current)) {
      stack.push([child, depth + 1, path ? `${path}.${key}` : key])
    }
  }
  return { tooDeep: false, nulAt }
}

const JSON_TYPE = /^application\/json\b/i

/**
 * A JSON body checked against `schema`: 415 unless it is sent as JSON, 413 over
 * `limit`, 400 when it does not parse or nests deeper than MAX_JSON_DEPTH, and 400
 * `validation` naming each bad field (a NUL character anywhere included).
 */
export async function readJsonBody<T>(c: Context, schema: z.ZodType<T>, limit: number): Promise<T> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    throw new ApiError(
      'unsupported_media_type',
      'send the body as JSON (Content-Type: application/json)',
    )
  }
  const raw = await readText(c, limit)
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw new ApiError('bad_request', 'the body is not valid JSON')
  }
  const { tooDeep, nulAt } = inspectBody(json, MAX_JSON_DEPTH)
  if (tooDeep) {
    throw new ApiError('bad_request', `the body nests deeper than ${MAX_JSON_DEPTH} levels`)
  }
  if (nulAt !== null) {
    const message = 'contains a NUL character (U+0000)'
    throw new ApiError('validation', `invalid body: ${nulAt || 'body'}: ${message}`, [
      { path: nulAt, message },
    ])
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw validationError(parsed.error, 'body')
  return parsed.data
}

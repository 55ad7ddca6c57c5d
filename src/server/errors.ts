import type { z } from 'zod'

/** Every error the API answers with, and its HTTP status (docs/api.md "Errors"). */
export const ERROR_STATUS = {
  bad_request: 400,
  validation: 400,
  unauthorized: 401,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  upstream: 502,
  unavailable: 503,
} as const
export type ErrorCode = keyof typeof ERROR_STATUS

export interface Issue {
  path: string
  message: string
}

/** The one error body: `{ error: { code, message, issues? } }`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: Issue[] }
}

/** An error the API shows as is. Anything else becomes a 500 with no details. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message)
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code]
  }

  toJSON(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.issues ? { issues: this.issues } : {}),
      },
    }
  }
}

export const MAX_ISSUES = 20

/** A zod failure as a 400 that names each bad field. */
export function validationError(error: z.ZodError, where: 'body' | 'query'): ApiError {
  const issues = error.issues.slice(0, MAX_ISSUES).map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }))
  const first = issues[0]
  const message = first
    ? `invalid ${where}: ${first.path ? `${first.path}: ` : ''}${first.message}`
    : `invalid ${where}`
  return new ApiError('validation', message, issues)
}

export const notFound = (what = 'object') => new ApiError('not_found', `no such ${what}`)

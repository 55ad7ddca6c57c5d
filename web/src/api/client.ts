import { z } from 'zod'
import {
  type AnswerInput,
  type AnswerVersionInput,
  type ApplicationInput,
  type CompanyInput,
  exportDocumentSchema,
  type GoalInput,
  jsonObjectSchema,
  type Me,
  meSchema,
  type PracticeInput,
  type PracticeQuestionInput,
  type PrepSheetInput,
  type Profile,
  type StarStoryInput,
  storedAnswerSchema,
  storedAnswerVersionSchema,
  storedApplicationSchema,
  storedCompanySchema,
  storedGoalSchema,
  storedPracticeQuestionSchema,
  storedPracticeSchema,
  storedPrepSheetSchema,
  storedProfileSchema,
  storedStarStorySchema,
} from '../core/index.js'

/**
 * The typed client for the headway HTTP API (docs/api.md). Responses are parsed
 * with the same zod schemas the server validates with, so a drift between the
 * two shows up as a clear error here, not as a blank screen.
 */

/** An API error with the server's code and a message a person can act on. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

let csrfToken: string | null = null

/** Fired on window when the server says the session is gone (401). */
export const SESSION_ENDED = 'headway:session-ended'

/** Remember the CSRF token from /api/auth/me or log-in; sent on every state-changing call. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

const ADVICE: Record<number, string> = {
  400: 'Check the highlighted fields and try again.',
  401: 'Please log in again.',
  403: 'Reload the page and try again.',
  404: 'It may have been deleted: reload the page.',
  413: 'That is too large: shorten it and try again.',
  429: 'Too many tries: wait a minute and try again.',
}

async function request<T>(
  method: string,
  path: string,
  schema: z.ZodType<T> | null,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  let res: Response
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  } catch {
    throw new ApiError(
      0,
      'network',
      'headway could not reach its server. Check that `npm start` is still running, then try again.',
    )
  }
  const text = await res.text()
  let json: unknown = null
  if (text) {
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
  }
  if (!res.ok) {
    // A session that ended (expired, logged out elsewhere): the app shows the log-in screen.
    if (res.status === 401 && !path.startsWith('/api/auth/') && typeof window !== 'undefined') {
      window.dispatchEvent(new Event(SESSION_ENDED))
    }
    const err = (json as { error?: { code?: string; message?: string } } | null)?.error
    const advice = ADVICE[res.status] ?? 'Try again; if it keeps failing, restart headway.'
    const message = err?.message ? `${err.message}` : `The server answered ${res.status}.`
    throw new ApiError(
      res.status,
      err?.code ?? `http-${res.status}`,
      /[.!?]$/.test(message) ? `${message} ${advice}` : `${message}. ${advice}`,
    )
  }
  if (!schema) return json as T
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new ApiError(
      res.status,
      'bad-response',
      `The server sent an unexpected answer for ${method} ${path}. Reload the page; if it persists, update headway.`,
    )
  }
  return parsed.data
}

function unwrapList<T>(item: z.ZodType<T>): z.ZodType<T[]> {
  // Lists arrive either as a bare array or as { items: [...] }.
  return {
    safeParse(value: unknown) {
      const arr = Array.isArray(value)
        ? value
        : ((value as { items?: unknown } | null)?.items ?? (value as { data?: unknown })?.data)
      if (!Array.isArray(arr)) return { success: false as const, error: new Error('not a list') }
      const out: T[] = []
      for (const v of arr) {
        const r = item.safeParse(v)
        if (!r.success) return { success: false as const, error: r.error }
        out.push(r.data)
      }
      return { success: true as const, data: out }
    },
  } as unknown as z.ZodType<T[]>
}

/**
 * A prep sheet as listed: its content is checked where it is shown (SheetView),
 * so one sheet stored by an older version, or imported, cannot fail the whole
 * list, the path's progress and every screen that reads them.
 */
const listedPrepSheetSchema = storedPrepSheetSchema.extend({ content: jsonObjectSchema })
export type ListedPrepSheet = z.infer<typeof listedPrepSheetSchema>

/** CRUD helpers for one resource under /api/<name>. */
function resource<In, Out>(name: string, schema: z.ZodType<Out>) {
  const base = `/api/${name}`
  return {
    list: () => request('GET', base, unwrapList(schema)),
    get: (id: string) => request('GET', `${base}/${encodeURIComponent(id)}`, schema),
    create: (input: In) => request('POST', base, schema, input),
    update: (id: string, input: In) =>
      request('PUT', `${base}/${encodeURIComponent(id)}`, schema, input),
    remove: (id: string) => request('DELETE', `${base}/${encodeURIComponent(id)}`, null),
    /** Undo a deletion (the server keeps it, with what went with it, for 10 minutes). */
    restore: (id: string) =>
      request('POST', `${base}/${encodeURIComponent(id)}/restore`, schema, {}),
  }
}

const inviteSchema = z.object({
  id: z.string(),
  coachId: z.string(),
  coachEmail: z.string().nullable(),
  createdAt: z.string(),
})
export type CoachInvite = z.infer<typeof inviteSchema>
const studentSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  invitedAt: z.string(),
})
export type Student = z.infer<typeof studentSchema>
/** A student's data as a coach reads it; prep sheets are checked where shown, as in the list. */
const studentExportSchema = exportDocumentSchema.extend({
  prepSheets: z.array(listedPrepSheetSchema),
})
export type StudentExport = z.infer<typeof studentExportSchema>
const importedSchema = z.object({ imported: z.record(z.string(), z.number()) })

export const api = {
  health: () => request<{ ok?: boolean }>('GET', '/api/health', null),
  me: () => request('GET', '/api/auth/me', meSchema),
  signup: (email: string, password: string) =>
    request<Me>('POST', '/api/auth/signup', meSchema, { email, password }),
  login: (email: string, password: string) =>
    request<Me>('POST', '/api/auth/login', meSchema, { email, password }),
  logout: () => request('POST', '/api/auth/logout', null, {}),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<Me>('POST', '/api/auth/password', meSchema, { currentPassword, newPassword }),
  account: {
    /** The export document, as the server sends it (validated on import, not here). */
    exportData: () => request<unknown>('GET', '/api/export', null),
    importData: (doc: unknown, replace: boolean) =>
      request('POST', `/api/import${replace ? '?replace=true' : ''}`, importedSchema, doc),
    remove: () => request('DELETE', '/api/account', null),
  },
  coach: {
    invites: () => request('GET', '/api/coach/invites', unwrapList(inviteSchema)),
    invite: (email: string) => request('POST', '/api/coach/invites', inviteSchema, { email }),
    revoke: (id: string) => request('DELETE', `/api/coach/invites/${encodeURIComponent(id)}`, null),
    students: () => request('GET', '/api/coach/students', unwrapList(studentSchema)),
    student: (id: string) =>
      request('GET', `/api/coach/students/${encodeURIComponent(id)}/export`, studentExportSchema),
  },
  profile: {
    get: () => request('GET', '/api/profile', storedProfileSchema),
    put: (profile: Profile) => request('PUT', '/api/profile', storedProfileSchema, profile),
  },
  goals: resource<GoalInput, z.infer<typeof storedGoalSchema>>('goals', storedGoalSchema),
  companies: resource<CompanyInput, z.infer<typeof storedCompanySchema>>(
    'companies',
    storedCompanySchema,
  ),
  applications: resource<ApplicationInput, z.infer<typeof storedApplicationSchema>>(
    'applications',
    storedApplicationSchema,
  ),
  answers: {
    ...resource<AnswerInput, z.infer<typeof storedAnswerSchema>>('answers', storedAnswerSchema),
    versions: (id: string) =>
      request(
        'GET',
        `/api/answers/${encodeURIComponent(id)}/versions`,
        unwrapList(storedAnswerVersionSchema),
      ),
    saveVersion: (id: string, input: AnswerVersionInput) =>
      request(
        'POST',
        `/api/answers/${encodeURIComponent(id)}/versions`,
        storedAnswerVersionSchema,
        input,
      ),
  },
  questions: resource<PracticeQuestionInput, z.infer<typeof storedPracticeQuestionSchema>>(
    'questions',
    storedPracticeQuestionSchema,
  ),
  practice: resource<PracticeInput, z.infer<typeof storedPracticeSchema>>(
    'practice',
    storedPracticeSchema,
  ),
  stories: resource<StarStoryInput, z.infer<typeof storedStarStorySchema>>(
    'stories',
    storedStarStorySchema,
  ),
  prepSheets: resource<PrepSheetInput, ListedPrepSheet>('prep-sheets', listedPrepSheetSchema),
  /** Core operations the server runs (shapes per docs/api.md). */
  post: <T>(path: string, body: unknown) => request<T>('POST', path, null, body),
  get: <T>(path: string) => request<T>('GET', path, null),
}

/**
 * The database schema as Kysely sees it. Every column is text: ids are UUIDs, times
 * are ISO 8601 strings made in code, documents are JSON. That keeps one set of
 * migrations and queries valid on SQLite and PostgreSQL alike.
 */

export interface PersonTable {
  id: string
  /** Lower-cased; null for the implicit person of local mode. */
  email: string | null
  /** `scrypt$N$r$p$salt$hash`; null in local mode. */
  password_hash: string | null
  created_at: string
  updated_at: string
}

export interface SessionTable {
  /** SHA-256 of the session token: the token itself is only ever in the cookie. */
  id: string
  person_id: string
  csrf_token: string
  created_at: string
  expires_at: string
}

/** One failed log-in, keyed by `ip:<addr>` or `account:<email>`. */
export interface LoginFailureTable {
  key: string
  at: string
}

export interface ProfileTable {
  owner_id: string
  data: string
  updated_at: string
}

/**
 * The shape shared by every per-person document table. `parent_id` holds the one
 * reference a document may have (an application's company, an answer's or prep
 * sheet's application, a version's answer) so it can be found and cleared in SQL.
 */
export interface DocumentTable {
  owner_id: string
  id: string
  parent_id: string | null
  created_at: string
  updated_at: string
  data: string
}

/** A student (`owner_id`) lets a coach's account read their data, read-only. */
export interface CoachLinkTable {
  owner_id: string
  id: string
  coach_id: string
  created_at: string
}

/**
 * What one deletion removed or changed, kept for undo (`data` is a JSON
 * `DeletedBundle`, src/store/repositories/trash.ts) until `deleted_at` is past the window.
 */
export interface DeletedItemTable {
  owner_id: string
  collection: string
  id: string
  deleted_at: string
  data: string
}

export const DOCUMENT_TABLES = [
  'goal',
  'company',
  'application',
  'answer',
  'answer_version',
  'practice_attempt',
  'practice_question',
  'star_story',
  'prep_sheet',
] as const
export type DocumentTableName = (typeof DOCUMENT_TABLES)[number]

export interface Database {
  person: PersonTable
  session: SessionTable
  login_failure: LoginFailureTable
  profile: ProfileTable
  coach_link: CoachLinkTable
  deleted_item: DeletedItemTable
  goal: DocumentTable
  company: DocumentTable
  application: DocumentTable
  answer: DocumentTable
  answer_version: DocumentTable
  practice_attempt: DocumentTable
  practice_question: DocumentTable
  star_story: DocumentTable
  prep_sheet: DocumentTable
}

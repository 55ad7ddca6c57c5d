import type { Kysely } from 'kysely'
import type { Database } from '../../store/database.js'
import {
  clearFailures,
  countFailures,
  pruneFailures,
  recordFailure,
} from '../../store/repositories/login-failures.js'
import type { ServerConfig } from '../config.js'
import { ApiError } from '../errors.js'

/**
 * Log-in brute-force limit: at most `loginMaxFailures` failures per account and per
 * client address within `loginWindowMinutes`; then 429 with Retry-After until the
 * oldest failure leaves the window. Failures are in the database so the limit holds
 * across processes.
 */

export const loginKeys = (ip: string, email: string) => [
  `ip:${ip}`,
  `account:${email.toLowerCase()}`,
]

export async function assertLoginAllowed(
  db: Kysely<Database>,
  config: ServerConfig,
  keys: string[],
  now: Date,
): Promise<void> {
  const windowMs = config.loginWindowMinutes * 60_000
  const since = new Date(now.getTime() - windowMs).toISOString()
  for (const key of keys) {
    const { count, oldest } = await countFailures(db, key, since)
    if (count >= config.loginMaxFailures && oldest) {
      const retry = Math.max(1, Math.ceil((Date.parse(oldest) + windowMs - now.getTime()) / 1000))
      throw new ApiError(
        'rate_limited',
        `too many failed log-ins: try again in ${Math.ceil(retry / 60)} minute(s)`,
        undefined,
        { 'Retry-After': String(retry) },
      )
    }
  }
}

export async function noteLoginFailure(
  db: Kysely<Database>,
  config: ServerConfig,
  keys: string[],
  now: Date,
): Promise<void> {
  await recordFailure(db, keys, now.toISOString())
  // Keep the table small: anything older than the window no longer counts.
  const before = new Date(now.getTime() - config.loginWindowMinutes * 60_000).toISOString()
  await pruneFailures(db, before)
}

export async function noteLoginSuccess(db: Kysely<Database>, accountKey: string): Promise<void> {
  await clearFailures(db, accountKey)
}

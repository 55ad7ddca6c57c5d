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
 * Log-in brute-force limit, within `loginWindowMinutes`: at most `loginMaxFailures`
 * failures per account (from any address), and `loginMaxFailuresPerAddress` per
 * client address over all accounts; then 429 with Retry-After until the oldest
 * failure leaves the window. The per-address ceiling is high because many people
 * share one address (a campus, an office): their typos must not lock each other
 * out. Failures are in the database so the limit holds across processes.
 */

export const loginKeys = (ip: string, email: string) => [
  `ip:${ip}`,
  `account:${email.toLowerCase()}`,
]

/** 429 with Retry-After when `key` has `max` events within `windowMs` of `now`. */
async function assertUnderLimit(
  db: Kysely<Database>,
  key: string,
  max: number,
  windowMs: number,
  now: Date,
  message: (minutes: number) => string,
): Promise<void> {
  const since = new Date(now.getTime() - windowMs).toISOString()
  const { count, oldest } = await countFailures(db, key, since)
  if (count >= max && oldest) {
    const retry = Math.max(1, Math.ceil((Date.parse(oldest) + windowMs - now.getTime()) / 1000))
    throw new ApiError('rate_limited', message(Math.ceil(retry / 60)), undefined, {
      'Retry-After': String(retry),
    })
  }
}

export async function assertLoginAllowed(
  db: Kysely<Database>,
  config: ServerConfig,
  keys: string[],
  now: Date,
): Promise<void> {
  for (const key of keys) {
    const perAddress = key.startsWith('ip:')
    await assertUnderLimit(
      db,
      key,
      perAddress ? config.loginMaxFailuresPerAddress : config.loginMaxFailures,
      config.loginWindowMinutes * 60_000,
      now,
      (minutes) =>
        `too many failed log-ins${perAddress ? ' from this address' : ''}: try again in ${minutes} minute(s)`,
    )
  }
}

/**
 * Sign-up limit per client address: each account costs a scrypt hash and a row,
 * so an unlimited sign-up route is a cheap way to burn the server's CPU and disk.
 */
export async function assertSignupAllowed(
  db: Kysely<Database>,
  config: ServerConfig,
  ip: string,
  now: Date,
): Promise<void> {
  await assertUnderLimit(
    db,
    `signup:${ip}`,
    config.signupMaxPerAddress,
    config.signupWindowMinutes * 60_000,
    now,
    (minutes) => `too many new accounts from this address: try again in ${minutes} minute(s)`,
  )
}

export async function noteSignup(
  db: Kysely<Database>,
  config: ServerConfig,
  ip: string,
  now: Date,
): Promise<void> {
  await recordFailure(db, [`signup:${ip}`], now.toISOString())
  await prune(db, config, now)
}

/** Keep the table small: anything older than the longest window no longer counts. */
async function prune(db: Kysely<Database>, config: ServerConfig, now: Date): Promise<void> {
  const minutes = Math.max(config.loginWindowMinutes, config.signupWindowMinutes)
  await pruneFailures(db, new Date(now.getTime() - minutes * 60_000).toISOString())
}

export async function noteLoginFailure(
  db: Kysely<Database>,
  config: ServerConfig,
  keys: string[],
  now: Date,
): Promise<void> {
  await recordFailure(db, keys, now.toISOString())
  await prune(db, config, now)
}

export async function noteLoginSuccess(db: Kysely<Database>, accountKey: string): Promise<void> {
  await clearFailures(db, accountKey)
}

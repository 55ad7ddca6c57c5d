/**
 * How the server runs, resolved once from the environment (main.ts) or given by
 * tests, then frozen.
 */
export interface ServerConfig {
  mode: 'local' | 'server'
  /** Add `Secure` to the session cookie (behind HTTPS). */
  secureCookies: boolean
  /**
   * Behind a reverse proxy: read the client address (rate limits) from X-Forwarded-For
   * and the public host (Origin check) from X-Forwarded-Host, but only on connections
   * from `trustedProxies`.
   */
  trustProxy: boolean
  /** Addresses and CIDR ranges of the reverse proxies (default: this machine, loopback). */
  trustedProxies: readonly string[]
  /** Folder of the built web app, or null to serve only the API. */
  webDir: string | null
  /** Request body limit in bytes; `largeBodyLimit` for import and company pages. */
  bodyLimit: number
  largeBodyLimit: number
  sessionDays: number
  /**
   * How long a process trusts a session it looked up before asking the database again
   * (auth/session-cache.ts): a session ended on another process or server stops working
   * here within this time; 0 asks every time.
   */
  sessionCacheMs: number
  /** Failed log-ins allowed per account (from any address) within the window. */
  loginMaxFailures: number
  /**
   * Failed log-ins allowed from one address, over all accounts, within the window:
   * far higher than per account, because a campus or an office sends everyone's
   * log-ins from one address; it stops one address guessing across many accounts.
   */
  loginMaxFailuresPerAddress: number
  loginWindowMinutes: number
  /** Accounts one client address may create within `signupWindowMinutes` (each costs a scrypt hash). */
  signupMaxPerAddress: number
  signupWindowMinutes: number
  /** Let company research fetch pages on 127.0.0.1 (tests, pages served locally). Private ranges stay refused. */
  allowLoopbackFetch: boolean
  /** log2 of scrypt's N for new password hashes (15 in production). */
  scryptLogN: number
}

export const DEFAULT_CONFIG: ServerConfig = {
  mode: 'local',
  secureCookies: false,
  trustProxy: false,
  trustedProxies: ['127.0.0.1', '::1'],
  webDir: null,
  bodyLimit: 1024 * 1024,
  largeBodyLimit: 10 * 1024 * 1024,
  sessionDays: 14,
  sessionCacheMs: 2_000,
  loginMaxFailures: 5,
  loginMaxFailuresPerAddress: 100,
  loginWindowMinutes: 15,
  // A class signing up together behind one campus address stays well under it.
  signupMaxPerAddress: 30,
  signupWindowMinutes: 60,
  allowLoopbackFetch: false,
  scryptLogN: 15,
}

export function resolveConfig(partial: Partial<ServerConfig> = {}): Readonly<ServerConfig> {
  return Object.freeze({ ...DEFAULT_CONFIG, ...partial })
}

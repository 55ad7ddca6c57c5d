import type { Context, MiddlewareHandler } from 'hono'
import { fromTrustedProxy } from './auth/client-ip.js'
import type { ServerConfig } from './config.js'
import { ApiError } from './errors.js'

/**
 * Headers on every response: a strict Content Security Policy (no inline script,
 * nothing from other origins, no framing), no MIME sniffing, no referrer.
 * 'wasm-unsafe-eval' lets the page compile WebAssembly (on-device speech runs in
 * onnxruntime-web) without allowing eval of JavaScript.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Set before the route runs, so they go into the response the route makes (c.json,
 * c.body): reading them back off a finished response would make @hono/node-server
 * build a full Response object for every request. A route may still set its own
 * Cache-Control; app.ts passes raw Responses (static files) through c.newResponse.
 */
export function securityHeaders(config: ServerConfig): MiddlewareHandler {
  const headers = securityHeaderList(config)
  return async (c, next) => {
    setHeaders(c, headers)
    await next()
  }
}

function setHeaders(c: Context, headers: readonly [string, string][]): void {
  for (const [name, value] of headers) c.header(name, value)
  if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store')
}

function securityHeaderList(config: Pick<ServerConfig, 'secureCookies'>): [string, string][] {
  const list: [string, string][] = [
    ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'no-referrer'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // With COOP, this makes the page cross-origin isolated: SharedArrayBuffer, so
    // the speech model runs on several threads. Everything the page loads is its own.
    ['Cross-Origin-Embedder-Policy', 'require-corp'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Permissions-Policy', 'microphone=(self), camera=(), geolocation=(), payment=()'],
  ]
  if (config.secureCookies) list.push(['Strict-Transport-Security', 'max-age=31536000'])
  return list
}

/** The headers of every response, also of those made before the app is reached (main.ts). */
export function setSecurityHeaders(h: Headers, config: Pick<ServerConfig, 'secureCookies'>): void {
  for (const [name, value] of securityHeaderList(config)) h.set(name, value)
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Answers worked out from a header's value, kept for the next request with the same
 * value (every request of a browser sends the same Host and Origin). Bounded, because a
 * client chooses the values: when full it starts again empty.
 */
class Memo<T> {
  readonly #values = new Map<string, T>()
  constructor(
    readonly work: (key: string) => T,
    readonly max = 256,
  ) {}
  get(key: string): T {
    let value = this.#values.get(key)
    if (value === undefined) {
      value = this.work(key)
      if (this.#values.size >= this.max) this.#values.clear()
      this.#values.set(key, value)
    }
    return value
  }
}

/** Why a Host is refused (null when it is fine): one of the two ApiErrors below. */
type HostVerdict = 'invalid' | 'not-loopback' | null

function hostVerdict(host: string, mode: ServerConfig['mode']): HostVerdict {
  // A Host no URL can hold ("99999999999999999999", "1.2.3.4.5") would fail deeper
  // down, when the request object is built; refuse it here with the documented shape.
  if (!URL.canParse(`http://${host}/`)) return 'invalid'
  if (mode === 'local' && !LOOPBACK_HOSTS.has(host.replace(/:\d+$/, '').toLowerCase())) {
    return 'not-loopback'
  }
  return null
}

/** An Origin header's host, lower-cased ('' when it does not parse: treated as foreign). */
function originHost(origin: string): string {
  try {
    return new URL(origin).host.toLowerCase()
  } catch {
    return ''
  }
}

/**
 * Refuse requests a browser makes on behalf of another site: an `Origin` that is
 * not this server, or `Sec-Fetch-Site: cross-site`, on anything but GET and HEAD.
 * In local mode also refuse any Host but loopback (DNS rebinding).
 */
export function originGuard(config: ServerConfig): MiddlewareHandler {
  const check = originCheck(config)
  return async (c, next) => {
    check(c)
    await next()
  }
}

function originCheck(config: ServerConfig): (c: Context) => void {
  const hosts = new Memo((host) => hostVerdict(host, config.mode))
  const origins = new Memo(originHost)
  return (c) => {
    // Behind a trusted proxy the public host is in X-Forwarded-Host; the Host header is the proxy's.
    const forwarded = fromTrustedProxy(c, config)
      ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim()
      : undefined
    const host = forwarded || (c.req.header('host') ?? '')
    const verdict = hosts.get(host)
    if (verdict === 'invalid') {
      throw new ApiError('bad_request', 'the Host header is not a valid host name')
    }
    if (verdict === 'not-loopback') {
      throw new ApiError('forbidden', 'local mode answers only on 127.0.0.1 and localhost')
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin')
      if (
        origin === 'null' ||
        (origin !== undefined && origins.get(origin) !== host.toLowerCase())
      ) {
        throw new ApiError('csrf', 'cross-origin request refused')
      }
      if (c.req.header('sec-fetch-site') === 'cross-site') {
        throw new ApiError('csrf', 'cross-site request refused')
      }
    }
  }
}

/**
 * Both of the above as one step, called first by every route's handler and by the
 * not-found handler (app.ts): a route then has a single handler, which Hono calls
 * without composing a middleware chain.
 */
export function requestGuard(config: ServerConfig): (c: Context) => void {
  const headers = securityHeaderList(config)
  const check = originCheck(config)
  return (c) => {
    setHeaders(c, headers)
    check(c)
  }
}

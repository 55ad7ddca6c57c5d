import { lookup as dnsLookup } from 'node:dns/promises'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { isIP } from 'node:net'
import type { Readable } from 'node:stream'
import zlib from 'node:zlib'
import { addressProblem } from './address-policy.js'

export { addressProblem }

/** Why a fetch was refused or failed; each refusal has its own code so callers can explain it. */
export type FetchErrorCode =
  | 'bad-url'
  | 'bad-scheme'
  | 'private-address'
  | 'dns-failed'
  | 'too-large'
  | 'timeout'
  | 'bad-content-type'
  | 'bad-encoding'
  | 'too-many-redirects'
  | 'http-status'
  | 'network'

export class FetchError extends Error {
  override readonly name = 'FetchError'
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly url: string,
  ) {
    super(message)
  }
}

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

export interface SafeFetchOptions {
  /** Allow 127.0.0.0/8 and ::1: for tests and for pages the user serves locally. Private ranges stay refused. */
  allowLoopback?: boolean
  /** Cap on the decoded body, in bytes (default 2 MB). */
  maxBytes?: number
  /** Total time for the whole fetch including redirects, in ms (default 10 s). */
  timeoutMs?: number
  /** Longest wait for headers or between body chunks, in ms (default 5 s). */
  idleTimeoutMs?: number
  /** Redirects followed at most (default 5); each hop is checked again. */
  maxRedirects?: number
  /** DNS resolver, injectable so tests never touch a real resolver for names. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>
}

export interface FetchedPage {
  /** The final URL after redirects. */
  url: string
  status: number
  /** The media type, e.g. 'text/html'. */
  contentType: string
  body: string
}

export const FETCH_LIMITS = Object.freeze({
  maxBytes: 2 * 1024 * 1024,
  timeoutMs: 10_000,
  idleTimeoutMs: 5_000,
  maxRedirects: 5,
})

const ALLOWED_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain'])

async function defaultResolve(hostname: string): Promise<ResolvedAddress[]> {
  const all = await dnsLookup(hostname, { all: true, verbatim: true })
  return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }))
}

/** Check the URL's scheme and resolve its host to one address that may be fetched (all must pass). */
async function checkTarget(url: URL, options: SafeFetchOptions): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(
      'bad-scheme',
      `only http and https pages can be fetched, not ${url.protocol}`,
      url.href,
    )
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const literal = isIP(host)
  let addresses: ResolvedAddress[]
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }]
  else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(host)
    } catch {
      throw new FetchError('dns-failed', `cannot resolve ${host}`, url.href)
    }
    if (addresses.length === 0)
      throw new FetchError('dns-failed', `${host} has no address`, url.href)
  }
  for (const a of addresses) {
    const problem = addressProblem(a.address, options.allowLoopback ?? false)
    if (problem) {
      const hint = /loopback/.test(problem)
        ? ' (pass --allow-loopback for a page served on this machine)'
        : ''
      throw new FetchError('private-address', `refused ${url.host}: ${problem}${hint}`, url.href)
    }
  }
  return addresses[0] as ResolvedAddress
}

/** A lookup that answers with the address already checked, so DNS cannot change between check and connect. */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return ((_hostname: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (opts?.all) callback(null, [{ address: target.address, family: target.family }])
    else callback(null, target.address, target.family)
  }) as unknown as LookupFunction
}

function decoder(response: IncomingMessage, url: string): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .toLowerCase()
    .trim()
  if (encoding === 'identity' || encoding === '') return response
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip())
  if (encoding === 'deflate') return response.pipe(zlib.createInflate())
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress())
  response.destroy()
  throw new FetchError('bad-encoding', `unsupported content encoding '${encoding}'`, url)
}

function charsetOf(contentType: string, head: Uint8Array): string {
  const header = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1]
  if (header) return header
  const sniff = new TextDecoder('latin1').decode(head.slice(0, 1024))
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(sniff)?.[1] ?? 'utf-8'
}

function decodeBody(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

interface Hop {
  response: IncomingMessage
  finish: () => void
}

function request(
  url: URL,
  target: ResolvedAddress,
  options: SafeFetchOptions,
  signal: AbortSignal,
): Promise<Hop> {
  const idle = options.idleTimeoutMs ?? FETCH_LIMITS.idleTimeoutMs
  const transport = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method: 'GET',
      lookup: pinnedLookup(target),
      headers: {
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
        'accept-encoding': 'gzip, deflate, br',
        'user-agent': 'headway/0.1 (company research; +local)',
      },
      signal,
    })
    req.setTimeout(idle, () =>
      req.destroy(
        new FetchError('timeout', `no answer from ${url.host} within ${idle} ms`, url.href),
      ),
    )
    req.on('error', (error) => reject(error))
    req.on('response', (response) => resolve({ response, finish: () => req.destroy() }))
    req.end()
  })
}

async function readCapped(
  stream: Readable,
  max: number,
  url: string,
  idle: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  let timer: NodeJS.Timeout | undefined
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(
      () =>
        stream.destroy(new FetchError('timeout', `the page stopped sending for ${idle} ms`, url)),
      idle,
    )
  }
  try {
    arm()
    for await (const chunk of stream) {
      arm()
      const buf = chunk as Buffer
      total += buf.length
      if (total > max) {
        stream.destroy()
        throw new FetchError(
          'too-large',
          `the page is over the ${Math.round(max / 1024)} KB limit`,
          url,
        )
      }
      chunks.push(buf)
    }
  } finally {
    clearTimeout(timer)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

function translate(error: unknown, url: string, deadline: boolean, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error
  if (deadline) return new FetchError('timeout', `the fetch took longer than ${timeoutMs} ms`, url)
  const code = (error as { code?: string } | null)?.code
  if (code && (code.startsWith('Z_') || code.includes('BROTLI') || code.includes('_ERROR_FORMAT_')))
    return new FetchError('bad-encoding', 'the compressed body is corrupt', url)
  const message = error instanceof Error ? error.message : String(error)
  return new FetchError('network', `cannot fetch ${url}: ${code ?? message}`, url)
}

/**
 * Fetch a page safely: http(s) only; the host resolved first and every
 * address checked (no private, loopback, link-local, metadata, CGNAT or
 * multicast targets, also as IPv4-mapped IPv6); the connection pinned to the
 * checked address; at most 5 redirects, each checked again; a 2 MB cap on the
 * decoded body (so a gzip bomb stops at 2 MB); 10 s in total and 5 s idle;
 * text/html, application/xhtml+xml or text/plain only. Every refusal is a
 * FetchError with a code.
 *
 * @example
 * const page = await safeFetch('https://example.com/about')
 * page.contentType // 'text/html'
 */
export async function safeFetch(
  input: string,
  options: SafeFetchOptions = {},
): Promise<FetchedPage> {
  let url: URL
  try {
    url = new URL(input)
  } catch {
    throw new FetchError('bad-url', `not a URL: ${input}`, input)
  }
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs
  const maxBytes = options.maxBytes ?? FETCH_LIMITS.maxBytes
  const maxRedirects = options.maxRedirects ?? FETCH_LIMITS.maxRedirects
  const controller = new AbortController()
  let expired = false
  const timer = setTimeout(() => {
    expired = true
    controller.abort()
  }, timeoutMs)
  try {
    for (let hop = 0; ; hop++) {
      const target = await checkTarget(url, options)
      if (expired)
        throw new FetchError('timeout', `the fetch took longer than ${timeoutMs} ms`, url.href)
      let result: Hop
      try {
        result = await request(url, target, options, controller.signal)
      } catch (error) {
        throw translate(error, url.href, expired, timeoutMs)
      }
      const { response, finish } = result
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400 && response.headers.location) {
        finish()
        if (hop >= maxRedirects)
          throw new FetchError(
            'too-many-redirects',
            `more than ${maxRedirects} redirects`,
            url.href,
          )
        try {
          url = new URL(response.headers.location, url)
        } catch {
          throw new FetchError(
            'bad-url',
            `bad redirect location ${response.headers.location}`,
            url.href,
          )
        }
        continue
      }
      if (status < 200 || status >= 300) {
        finish()
        throw new FetchError('http-status', `${url.href} answered HTTP ${status}`, url.href)
      }
      const contentType = String(response.headers['content-type'] ?? '')
      const media = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
      if (!ALLOWED_TYPES.has(media)) {
        finish()
        throw new FetchError(
          'bad-content-type',
          `${url.href} is ${media || 'of no declared type'}, not an HTML or text page`,
          url.href,
        )
      }
      const declared = Number(response.headers['content-length'] ?? Number.NaN)
      if (declared > maxBytes && !response.headers['content-encoding']) {
        finish()
        throw new FetchError(
          'too-large',
          `the page is over the ${Math.round(maxBytes / 1024)} KB limit`,
          url.href,
        )
      }
      try {
        const bytes = await readCapped(
          decoder(response, url.href),
          maxBytes,
          url.href,
          options.idleTimeoutMs ?? FETCH_LIMITS.idleTimeoutMs,
        )
        finish()
        return {
          url: url.href,
          status,
          contentType: media,
          body: decodeBody(bytes, charsetOf(contentType, bytes)),
        }
      } catch (error) {
        finish()
        throw translate(error, url.href, expired, timeoutMs)
      }
    }
  } finally {
    clearTimeout(timer)
  }
}

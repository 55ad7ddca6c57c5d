import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addressProblem, FetchError, type FetchErrorCode, safeFetch } from './safe-fetch.js'

// Every request in this file goes to 127.0.0.1. Private and metadata addresses
// appear only in checks that refuse before any connection is made.
type Handler = (req: IncomingMessage, res: ServerResponse) => void
const routes = new Map<string, Handler>()
const seenHosts: string[] = []
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((req, res) => {
    seenHosts.push(req.headers.host ?? '')
    const handler = routes.get(req.url ?? '')
    if (handler) handler(req, res)
    else {
      res.writeHead(404, { 'content-type': 'text/html' })
      res.end('<p>missing</p>')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const html =
  (body: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers })
    res.end(body)
  }
routes.set('/about', html('<h1>About Acme</h1>'))
routes.set('/pdf', (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/pdf' })
  res.end('%PDF-1.7')
})
routes.set('/big', (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' })
  // chunked, no content-length: the cap must count streamed bytes
  const chunk = 'x'.repeat(64 * 1024)
  for (let i = 0; i < 40; i++) res.write(chunk)
  res.end()
})
routes.set('/bomb', (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
  res.end(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20))) // 50 MB of spaces, about 50 KB on the wire
})
routes.set('/brotli', (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' })
  res.end(brotliCompressSync(Buffer.from('<p>Our values</p>')))
})
routes.set('/silent', () => {
  // never answers: the idle timeout must fire
})
routes.set('/dribble', (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' })
  const timer = setInterval(() => res.write('.'), 20)
  res.on('close', () => clearInterval(timer))
})
routes.set('/to-about', (_req, res) => {
  res.writeHead(302, { location: '/about' })
  res.end()
})
routes.set('/to-private', (_req, res) => {
  res.writeHead(301, { location: 'http://10.0.0.1/admin' })
  res.end()
})
routes.set('/to-metadata', (_req, res) => {
  res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' })
  res.end()
})
routes.set('/loop', (_req, res) => {
  res.writeHead(302, { location: '/loop' })
  res.end()
})

async function refusal(promise: Promise<unknown>): Promise<FetchErrorCode> {
  try {
    await promise
  } catch (error) {
    if (error instanceof FetchError) return error.code
    throw error
  }
  throw new Error('expected a refusal')
}

describe('safeFetch over loopback HTTP', () => {
  it('fetches a loopback page only with allowLoopback', async () => {
    const page = await safeFetch(`${base}/about`, { allowLoopback: true })
    expect(page).toMatchObject({
      status: 200,
      contentType: 'text/html',
      body: '<h1>About Acme</h1>',
    })
    expect(await refusal(safeFetch(`${base}/about`))).toBe('private-address')
  })

  it('follows a redirect and re-checks each hop', async () => {
    expect((await safeFetch(`${base}/to-about`, { allowLoopback: true })).url).toBe(`${base}/about`)
    expect(await refusal(safeFetch(`${base}/to-private`, { allowLoopback: true }))).toBe(
      'private-address',
    )
    expect(await refusal(safeFetch(`${base}/to-metadata`, { allowLoopback: true }))).toBe(
      'private-address',
    )
    expect(await refusal(safeFetch(`${base}/loop`, { allowLoopback: true }))).toBe(
      'too-many-redirects',
    )
  })

  it('caps the body, also after decompression (a gzip bomb)', async () => {
    expect(await refusal(safeFetch(`${base}/big`, { allowLoopback: true }))).toBe('too-large')
    expect(await refusal(safeFetch(`${base}/bomb`, { allowLoopback: true }))).toBe('too-large')
    expect((await safeFetch(`${base}/brotli`, { allowLoopback: true })).body).toBe(
      '<p>Our values</p>',
    )
  })

  it('times out a silent server and a slow one', async () => {
    expect(
      await refusal(safeFetch(`${base}/silent`, { allowLoopback: true, idleTimeoutMs: 200 })),
    ).toBe('timeout')
    expect(
      await refusal(safeFetch(`${base}/dribble`, { allowLoopback: true, timeoutMs: 300 })),
    ).toBe('timeout')
  })

  it('refuses other content types and error statuses', async () => {
    expect(await refusal(safeFetch(`${base}/pdf`, { allowLoopback: true }))).toBe(
      'bad-content-type',
    )
    expect(await refusal(safeFetch(`${base}/nope`, { allowLoopback: true }))).toBe('http-status')
  })

  it('connects to the address it checked, keeping the host name (no second DNS lookup)', async () => {
    const port = (server.address() as AddressInfo).port
    let lookups = 0
    const page = await safeFetch(`http://acme.test:${port}/about`, {
      allowLoopback: true,
      resolve: async () => {
        lookups++
        return [{ address: '127.0.0.1', family: 4 }]
      },
    })
    expect(page.body).toBe('<h1>About Acme</h1>')
    expect(lookups).toBe(1)
    expect(seenHosts.at(-1)).toBe(`acme.test:${port}`)
  })
})

describe('safeFetch refusals before connecting', () => {
  it.each([
    ['ftp://example.test/', 'bad-scheme'],
    ['file:///etc/passwd', 'bad-scheme'],
    ['not a url', 'bad-url'],
    ['http://10.0.0.1/', 'private-address'],
    ['http://169.254.169.254/latest/meta-data/', 'private-address'],
    ['http://100.64.0.1/', 'private-address'],
    ['http://[::ffff:10.0.0.1]/', 'private-address'],
    ['http://[::ffff:7f00:1]/', 'private-address'],
    ['http://[fd00::1]/', 'private-address'],
    ['http://[fe80::1]/', 'private-address'],
    ['http://[::1]/', 'private-address'],
    ['http://224.0.0.1/', 'private-address'],
    // Every form of an IPv4 address inside IPv6 (issue 18: the ::ffff:0:0/96 form passed).
    ['http://[::ffff:0:127.0.0.1]/', 'private-address'],
    ['http://[0:0:0:0:ffff:0:7f00:1]/', 'private-address'],
    ['http://[::127.0.0.1]/', 'private-address'],
    ['http://[64:ff9b::127.0.0.1]/', 'private-address'],
    ['http://[64:ff9b:1::a9fe:a9fe]/', 'private-address'],
    ['http://[2002:7f00:1::]/', 'private-address'],
    ['http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/', 'private-address'],
  ] as const)('%s → %s', async (url, code) => {
    expect(await refusal(safeFetch(url))).toBe(code)
  })

  it('refuses a host name that resolves to any private address (stubbed resolver)', async () => {
    const resolve = async () => [
      { address: '93.184.215.14', family: 4 as const },
      { address: '192.168.1.10', family: 4 as const },
    ]
    expect(await refusal(safeFetch('http://mixed.test/', { resolve }))).toBe('private-address')
    const fail = async () => {
      throw new Error('ENOTFOUND')
    }
    expect(await refusal(safeFetch('http://missing.test/', { resolve: fail }))).toBe('dns-failed')
  })
})

describe('addressProblem', () => {
  it('classifies addresses', () => {
    expect(addressProblem('93.184.215.14')).toBeNull()
    expect(addressProblem('2606:4700::1111')).toBeNull()
    expect(addressProblem('127.0.0.1')).toMatch(/loopback/)
    expect(addressProblem('127.0.0.1', true)).toBeNull()
    expect(addressProblem('::1', true)).toBeNull()
    expect(addressProblem('10.0.0.1', true)).toMatch(/private/)
    expect(addressProblem('169.254.169.254', true)).toMatch(/metadata/)
    expect(addressProblem('::ffff:192.168.0.1')).toMatch(/private/)
    expect(addressProblem('64:ff9b::a00:1')).toMatch(/private/)
    expect(addressProblem('2002:a00:1::')).toMatch(/private/)
    expect(addressProblem('0.0.0.0')).toMatch(/private|reserved/)
    expect(addressProblem('::ffff:0:10.1.2.3')).toMatch(/private/)
    expect(addressProblem('::ffff:0:169.254.169.254', true)).toMatch(/metadata/)
    // Teredo: the client 127.0.0.1 is stored inverted (0x80ff:fffe); a public server and client pass.
    expect(addressProblem('2001:0:4136:e378:8000:63bf:80ff:fffe')).toMatch(/loopback/)
    expect(addressProblem('2001:0:4136:e378:8000:63bf:f7f7:f7f7')).toBeNull()
    expect(addressProblem('64:ff9b::5db8:d70e')).toBeNull()
  })
})

describe('addressProblem property: no IPv4-in-IPv6 form carries a refused address past the check', () => {
  const hex = (a: number, b: number) => ((a << 8) | b).toString(16)
  const forms: Array<(o: number[]) => string> = [
    (o) => `::ffff:${o.join('.')}`,
    (o) => `::ffff:0:${o.join('.')}`,
    (o) => `::${o.join('.')}`,
    (o) => `64:ff9b::${o.join('.')}`,
    (o) => `64:ff9b:1::${hex(o[0] ?? 0, o[1] ?? 0)}:${hex(o[2] ?? 0, o[3] ?? 0)}`,
    (o) => `2002:${hex(o[0] ?? 0, o[1] ?? 0)}:${hex(o[2] ?? 0, o[3] ?? 0)}::1`,
    (o) =>
      `2001:0:808:808:0:0:${hex((o[0] ?? 0) ^ 255, (o[1] ?? 0) ^ 255)}:${hex((o[2] ?? 0) ^ 255, (o[3] ?? 0) ^ 255)}`,
  ]
  const octet = fc.integer({ min: 0, max: 255 })
  const refusedV4 = fc.oneof(
    fc.tuple(fc.constant(10), octet, octet, octet),
    fc.tuple(fc.constant(127), octet, octet, octet),
    fc.tuple(fc.constant(169), fc.constant(254), octet, octet),
    fc.tuple(fc.constant(192), fc.constant(168), octet, octet),
    fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), octet, octet),
  )
  it('refuses private, loopback and link-local IPv4 in every form', () => {
    fc.assert(
      fc.property(refusedV4, fc.integer({ min: 0, max: forms.length - 1 }), (o, form) => {
        const address = forms[form]?.(o) ?? ''
        expect(addressProblem(address), address).not.toBeNull()
      }),
      { seed: 20261204, numRuns: 500 },
    )
  })
})

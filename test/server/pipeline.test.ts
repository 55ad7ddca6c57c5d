import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/server/security.js'
import { testStores } from '../store/harness.js'
import { Client, startTestServer, type TestServer } from './harness.js'

/**
 * The request pipeline's edges that the route-table tests do not reach: bodies sent
 * without a length, and responses made outside the routes (the web app's files).
 */

const stores = testStores()
let server: TestServer
let webDir: string

beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'headway-web-'))
  await writeFile(join(webDir, 'index.html'), '<!doctype html><title>headway</title>')
  server = await startTestServer(await stores.open('sqlite'), { webDir })
})
afterAll(async () => {
  await server.close()
  await stores.closeAll()
  await rm(webDir, { recursive: true, force: true })
})

/** POST `chunks` with Transfer-Encoding: chunked (no Content-Length). */
function postChunked(
  path: string,
  csrf: string,
  chunks: string[],
): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      },
      (res) => {
        let body = ''
        res.on('data', (d) => {
          body += String(d)
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    // The server may answer 413 and close before the rest is sent.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    for (const chunk of chunks) req.write(chunk)
    req.end()
  })
}

describe('the request pipeline', () => {
  it('reads a body sent in chunks, and counts it against the limit as it comes', async () => {
    const client = new Client(server.url)
    await client.me()
    const csrf = client.csrf ?? ''
    const text = 'In two years I want to lead the payments team I join. '
    const ok = await postChunked('/api/analyze', csrf, [
      '{"text": ',
      JSON.stringify(text.repeat(3)),
      '}',
    ])
    expect(ok.status, ok.body).toBe(200)
    expect(JSON.parse(ok.body).verdict).toBeTypeOf('string')
    // 1 MB is the limit: 1.2 MB in 64 KB pieces, none of which says how long the whole is.
    const piece = 'a'.repeat(64 * 1024)
    const big = await postChunked('/api/analyze', csrf, [
      '{"text": "',
      ...Array(19).fill(piece),
      '"}',
    ])
    expect(big.status).toBe(413)
    expect(JSON.parse(big.body).error.code).toBe('payload_too_large')
  })

  it("sends the security headers with the web app's files, beside their own caching", async () => {
    const page = await fetch(`${server.url}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>headway</title>')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-frame-options')).toBe('DENY')
    expect(page.headers.get('cache-control')).toBe('no-cache')
    const api = await fetch(`${server.url}/api/health`)
    expect(api.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(api.headers.get('cache-control')).toBe('no-store')
    const missing = await fetch(`${server.url}/api/nothing-here`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers only the parts of the Report named in fields', async () => {
    const client = new Client(server.url)
    await client.me()
    const body = {
      text: 'In two years I want to lead the payments team I join, because I built one.',
    }
    const whole = await client.post('/api/analyze', body)
    const compact = await client.post('/api/analyze?fields=score,verdict,flags', body)
    expect(compact.status).toBe(200)
    expect(Object.keys(compact.json).sort()).toEqual(['flags', 'score', 'verdict'])
    expect(compact.json.score).toBe(whole.json.score)
    expect(compact.text.length).toBeLessThan(whole.text.length / 5)
    const bad = await client.post('/api/analyze?fields=score,secrets', body)
    expect([bad.status, bad.json.error.code]).toEqual([400, 'validation'])
    expect(bad.json.error.issues[0].path).toBe('fields')
  })
})

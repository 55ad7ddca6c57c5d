import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { followLinks, loadSource, MAX_FOLLOW, SourceError } from './company-source.js'

let server: Server
let base: string
const served: string[] = []

const page = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`

beforeAll(async () => {
  server = createServer((req, res) => {
    served.push(req.url ?? '')
    const links = [
      '/about',
      '/our-values',
      '/culture',
      '/careers',
      '/mission',
      '/team/story',
      '/pricing',
      'http://other.test/about',
    ]
      .map((h) => `<a href="${h}">${h}</a>`)
      .join(' ')
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(page('Home', `<p>Welcome to Acme.</p><nav>${links}</nav>`))
    } else if (req.url === '/our-values') {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(page('Our values', '<ul><li>Bake daily</li><li>Share the oven</li></ul>'))
    } else if (req.url === '/culture') {
      res.writeHead(200, { 'content-type': 'application/pdf' })
      res.end('%PDF')
    } else if (req.url === '/notes.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end('Our mission is to bake.')
    } else {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(page(req.url ?? '', '<p>Some text.</p>'))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('loadSource', () => {
  it('fetches one page, and with follow up to five same-site about/values/culture/careers pages', async () => {
    const one = await loadSource(`${base}/`, { allowLoopback: true })
    expect(one.pages).toHaveLength(1)
    served.length = 0
    const all = await loadSource(`${base}/`, { allowLoopback: true, follow: true })
    expect(all.pages.map((p) => new URL(p.url).pathname)).toEqual([
      '/',
      '/about',
      '/our-values',
      '/culture',
      '/careers',
      '/mission',
    ])
    expect(all.pages.filter((p) => !p.ok).map((p) => p.url)).toEqual([`${base}/culture`])
    expect(all.warnings[0]).toMatch(/^skipped .*\/culture: .*application\/pdf/)
    expect(all.html).toContain('Share the oven')
    expect(all.html?.split('<hr>')).toHaveLength(5)
    expect(served).not.toContain('/pricing')
  })

  it('keeps text/plain as text and refuses loopback without the option', async () => {
    expect((await loadSource(`${base}/notes.txt`, { allowLoopback: true })).text).toBe(
      'Our mission is to bake.',
    )
    await expect(loadSource(`${base}/`)).rejects.toMatchObject({ code: 'private-address' })
  })

  it('reads files as HTML or text, and names a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headway-company-'))
    writeFileSync(join(dir, 'a.html'), page('About', '<p>Hello.</p>'))
    writeFileSync(join(dir, 'b.md'), '# About\n\nHello <b>there</b>.')
    expect((await loadSource('a.html', { cwd: dir })).html).toContain('Hello.')
    expect((await loadSource('b.md', { cwd: dir })).text).toContain('# About')
    await expect(loadSource('missing.html', { cwd: dir })).rejects.toBeInstanceOf(SourceError)
    const stdin = await loadSource('-', {
      stdin: async () => new TextEncoder().encode('Our values are a, b and c.'),
    })
    expect(stdin.text).toBe('Our values are a, b and c.')
  })
})

describe('followLinks', () => {
  it('keeps same-site links that look like company pages, at most five', () => {
    const links = ['about', 'values', 'culture', 'careers', 'mission', 'purpose', 'pricing'].map(
      (p) => ({
        href: `https://www.acme.test/${p}`,
        text: p,
      }),
    )
    links.push(
      { href: 'https://evil.test/about', text: 'about' },
      { href: 'https://acme.test/x', text: 'Who we are' },
    )
    const out = followLinks(links, 'https://acme.test/')
    expect(out).toHaveLength(MAX_FOLLOW)
    expect(out.every((u) => new URL(u).hostname.endsWith('acme.test'))).toBe(true)
  })
})

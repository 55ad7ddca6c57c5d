import { BlockList } from 'node:net'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { resolveConfig, type ServerConfig } from '../config.js'
import { addProxy, clientIp } from './client-ip.js'

/** The address clientIp sees for a request from `peer` with these headers. */
async function seen(
  config: Partial<ServerConfig>,
  peer: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const settled = resolveConfig(config)
  const app = new Hono()
  app.get('/', (c) => c.text(clientIp(c, settled)))
  const env = { incoming: { socket: { remoteAddress: peer, remotePort: 1, remoteFamily: 'IPv4' } } }
  return (await app.request('/', { headers }, env)).text()
}

describe('clientIp', () => {
  it('is the connection peer unless the proxy is trusted', async () => {
    const spoof = { 'x-forwarded-for': '192.0.2.1' }
    expect(await seen({}, '203.0.113.9', spoof)).toBe('203.0.113.9')
    // Trusting proxies does not trust a client that connects directly.
    expect(await seen({ trustProxy: true }, '203.0.113.9', spoof)).toBe('203.0.113.9')
    expect(
      await seen({ trustProxy: true, trustedProxies: ['10.0.0.0/8'] }, '203.0.113.9', spoof),
    ).toBe('203.0.113.9')
  })

  it('reads X-Forwarded-For from a configured proxy, right to left, skipping trusted hops', async () => {
    const config = { trustProxy: true, trustedProxies: ['10.0.0.0/8', '127.0.0.1'] }
    expect(await seen(config, '10.1.2.3', { 'x-forwarded-for': '192.0.2.1' })).toBe('192.0.2.1')
    // What the client wrote itself sits to the left of what the proxy appended.
    expect(await seen(config, '10.1.2.3', { 'x-forwarded-for': '6.6.6.6, 192.0.2.1' })).toBe(
      '192.0.2.1',
    )
    // Two proxies in a row: the client is the first hop neither of them is.
    expect(
      await seen(config, '127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 192.0.2.1, 10.9.9.9' }),
    ).toBe('192.0.2.1')
    // IPv4 seen on a dual-stack socket counts as IPv4.
    expect(await seen(config, '::ffff:10.1.2.3', { 'x-forwarded-for': '192.0.2.7' })).toBe(
      '192.0.2.7',
    )
    // No header: the proxy itself.
    expect(await seen(config, '10.1.2.3')).toBe('10.1.2.3')
  })

  it('takes addresses and CIDR ranges, and refuses anything else', () => {
    const list = new BlockList()
    addProxy(list, '10.0.0.0/8')
    addProxy(list, '::1')
    addProxy(list, '2001:db8::/32')
    expect(list.check('10.200.0.1', 'ipv4')).toBe(true)
    expect(list.check('2001:db8::5', 'ipv6')).toBe(true)
    for (const bad of ['proxy.example', '10.0.0.0/33', '10.0.0.1/8/1', '10.0.0.0/x', '']) {
      expect(() => addProxy(list, bad), bad).toThrow()
    }
  })
})

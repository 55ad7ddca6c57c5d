import { BlockList, isIP } from 'node:net'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { ServerConfig } from '../config.js'

/**
 * Who sent a request, for rate limits and the Origin check. `X-Forwarded-For` and
 * `X-Forwarded-Host` are believed only when the connection itself comes from a
 * configured proxy (`trustedProxies`): from anyone else they are the client's own
 * words, and a client could claim any address to dodge the log-in limit.
 */

const lists = new WeakMap<Readonly<ServerConfig>, BlockList>()

/** `trustedProxies` as a BlockList (addresses and CIDR ranges), built once per config. */
function proxyList(config: Readonly<ServerConfig>): BlockList {
  let list = lists.get(config)
  if (!list) {
    list = new BlockList()
    for (const entry of config.trustedProxies) addProxy(list, entry)
    lists.set(config, list)
  }
  return list
}

/** Add one address or `address/bits` to `list`; throws on anything else. */
export function addProxy(list: BlockList, entry: string): void {
  const [address = '', bits, extra] = entry.trim().split('/')
  const family = isIP(address)
  const max = family === 4 ? 32 : 128
  if (family === 0 || extra !== undefined || (bits !== undefined && !/^\d+$/.test(bits))) {
    throw new Error(`'${entry}' is not an IP address or CIDR range`)
  }
  const type = family === 4 ? 'ipv4' : 'ipv6'
  if (bits === undefined) list.addAddress(address, type)
  else if (Number(bits) > max) throw new Error(`'${entry}' has a prefix longer than ${max} bits`)
  else list.addSubnet(address, Number(bits), type)
}

/** An IPv4 address seen on a dual-stack socket (`::ffff:a.b.c.d`) as plain IPv4. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address
}

function listed(list: BlockList, address: string): boolean {
  const family = isIP(address)
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** The address of the connection's other end ('unknown' outside a Node server). */
function peerAddress(c: Context): string {
  try {
    return plain(getConnInfo(c).remote.address ?? 'unknown')
  } catch {
    return 'unknown'
  }
}

/** Whether this request came through a configured proxy, so its X-Forwarded-* headers count. */
export function fromTrustedProxy(c: Context, config: Readonly<ServerConfig>): boolean {
  return config.trustProxy && listed(proxyList(config), peerAddress(c))
}

/**
 * The client's address. Through a trusted proxy: the right-most X-Forwarded-For entry
 * that is not itself a trusted proxy (each proxy appends the address it saw, so
 * entries to its left are whatever the client sent). Otherwise the connection's peer.
 */
export function clientIp(c: Context, config: Readonly<ServerConfig>): string {
  const peer = peerAddress(c)
  if (!config.trustProxy) return peer
  const list = proxyList(config)
  if (!listed(list, peer)) return peer
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter((hop) => hop !== '')
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? ''
    if (!listed(list, hop) || i === 0) return hop.slice(0, 100)
  }
  return peer
}

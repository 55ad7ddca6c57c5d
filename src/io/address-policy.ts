import { BlockList, isIP } from 'node:net'

/**
 * Which addresses safe fetch may connect to (the policy); safe-fetch.ts is the
 * transport that resolves, pins, redirects and decodes.
 */

// Addresses never fetched: private, shared (CGNAT), link-local (cloud metadata at
// 169.254.169.254), multicast, reserved and documentation ranges, and their IPv6 kin.
const refused = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  refused.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const)
  refused.addSubnet(net, prefix, 'ipv6')
const loopback = new BlockList()
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')

/** Expand an IPv6 address to eight 16-bit groups (handles `::` and a dotted IPv4 tail). */
function ipv6Groups(address: string): number[] | undefined {
  let a = address.toLowerCase().replace(/%.*$/, '')
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a)
  if (dotted?.[1]) {
    const p = dotted[1].split('.').map(Number)
    a = `${a.slice(0, -dotted[1].length)}${(((p[0] ?? 0) << 8) | (p[1] ?? 0)).toString(16)}:${(((p[2] ?? 0) << 8) | (p[3] ?? 0)).toString(16)}`
  }
  const [head = '', tail] = a.split('::')
  const h = head ? head.split(':') : []
  const t = tail ? tail.split(':') : []
  const fill = a.includes('::') ? 8 - h.length - t.length : 0
  const groups = [...h, ...Array(fill).fill('0'), ...t].map((g) => Number.parseInt(g, 16))
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined
}

/**
 * The IPv4 addresses an IPv6 address carries, in every form that can reach an
 * IPv4 host: IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d,
 * RFC 2765), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96 and the local-use
 * 64:ff9b:1::/48, RFC 8215), 6to4 (2002::/16) and Teredo (2001::/32: the server,
 * and the client stored with its bits inverted).
 */
function embeddedIpv4s(address: string): string[] {
  const g = ipv6Groups(address)
  if (!g) return []
  const at = (i: number) => g[i] ?? 0
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0)
  if (zeros(0, 5) && at(5) === 0xffff) return [v4(at(6), at(7))]
  if (zeros(0, 4) && at(4) === 0xffff && at(5) === 0) return [v4(at(6), at(7))]
  if (zeros(0, 6) && (at(6) !== 0 || at(7) > 1)) return [v4(at(6), at(7))]
  if (at(0) === 0x64 && at(1) === 0xff9b && zeros(2, 6)) return [v4(at(6), at(7))]
  if (at(0) === 0x64 && at(1) === 0xff9b && at(2) === 1) return [v4(at(6), at(7))]
  if (at(0) === 0x2002) return [v4(at(1), at(2))]
  if (at(0) === 0x2001 && at(1) === 0) return [v4(at(2), at(3)), v4(at(6) ^ 0xffff, at(7) ^ 0xffff)]
  return []
}

/**
 * Why an IP address may not be fetched, or null when it may. Loopback is
 * refused unless `allowLoopback`; private, link-local, CGNAT, multicast,
 * metadata and reserved ranges always are, also inside every IPv4-in-IPv6 form.
 */
export function addressProblem(address: string, allowLoopback = false): string | null {
  const family = isIP(address)
  if (family === 0) return `${address} is not an IP address`
  if (family === 6) {
    const inner = embeddedIpv4s(address)
    if (inner.length > 0) {
      for (const v4 of inner) {
        const problem = addressProblem(v4, allowLoopback)
        if (problem) return `${address} carries ${problem}`
      }
      return null
    }
    if (loopback.check(address, 'ipv6'))
      return allowLoopback ? null : `${address} is a loopback address`
    return refused.check(address, 'ipv6') ? `${address} is a private or reserved address` : null
  }
  if (loopback.check(address, 'ipv4'))
    return allowLoopback ? null : `${address} is a loopback address`
  if (address === '169.254.169.254') return `${address} is a cloud metadata address`
  if (address === '255.255.255.255') return `${address} is a broadcast address`
  return refused.check(address, 'ipv4') ? `${address} is a private or reserved address` : null
}

import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

/**
 * `tsx bench/profile-split.ts api.cpuprofile [--requests 2400]`
 *
 * Where a server process's CPU went, by part of the request: each sample of a V8 CPU
 * profile (from `bench/probe-api.ts --profile`, or `node --cpu-prof`) goes to the part
 * of the nearest frame on its stack that names one (the critique, Node's HTTP, Hono,
 * the session step...). Prints each part's share of the busy time, and ms per request
 * when told how many requests the profile saw. `--last 8` counts only the profile's
 * last 8 seconds (a `--cpu-prof` profile holds the start-up and warm-up too).
 */

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  endTime: number
}

/** In order: a frame is put to the first part whose pattern it matches. */
const PARTS: [string, RegExp][] = [
  ['idle', /^\(idle\)/],
  ['garbage collection', /^\(garbage collector\)/],
  ['the critique (src/core)', /analyzeChecked|\/core\//],
  ['the Report as JSON', /^json .*hono\/dist\/context/],
  ['body: read, parse, check', /json-body|zod/],
  ['session: cookie, hash, cache', /middleware\/session|auth\/session|cookie/],
  ['CSRF', /middleware\/csrf/],
  ['Host and Origin checks', /server\/security\.[jt]s|client-ip|canParse/],
  ['query', /middleware\/query/],
  ['Hono: router, context', /hono\/dist/],
  ['@hono/node-server', /@hono\/node-server/],
  [
    "Node's HTTP and sockets",
    /node:_http|node:http|node:net|writev|node:internal\/stream|node:stream|node:events|stream_base/,
  ],
]

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { requests: { type: 'string', default: '0' }, last: { type: 'string', default: '0' } },
})
const file = positionals[0]
if (!file) throw new Error('usage: tsx bench/profile-split.ts <file.cpuprofile> [--requests N]')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const requests = Number(values.requests)

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parentOf = new Map<number, number>()
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id)
const selfTime = new Map<number, number>()
const from = profile.endTime - Number(values.last) * 1e6
let at = profile.endTime - profile.timeDeltas.reduce((sum, d) => sum + d, 0)
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0
  if (Number(values.last) > 0 && at < from) return
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
})

const partOf = (leaf: number): string => {
  for (let id: number | undefined = leaf; id !== undefined; id = parentOf.get(id)) {
    const frame = byId.get(id)?.callFrame
    const name = `${frame?.functionName || '(anonymous)'} ${frame?.url ?? ''}`
    const part = PARTS.find(([, pattern]) => pattern.test(name))
    if (part) return part[0]
  }
  return 'the rest'
}
const totals = new Map<string, number>()
for (const [id, micros] of selfTime) {
  const part = partOf(id)
  totals.set(part, (totals.get(part) ?? 0) + micros)
}
const busy = [...totals].filter(([part]) => part !== 'idle').reduce((sum, [, t]) => sum + t, 0)
console.log(`busy ${(busy / 1000).toFixed(0)} ms${requests ? ` over ${requests} requests` : ''}`)
for (const [part, micros] of [...totals].sort((a, b) => b[1] - a[1])) {
  if (part === 'idle') continue
  const perRequest = requests ? `  ${(micros / 1000 / requests).toFixed(3)} ms/req` : ''
  console.log(`${part.padEnd(32)}${((100 * micros) / busy).toFixed(1).padStart(6)}%${perRequest}`)
}

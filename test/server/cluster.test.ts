import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type RunningCluster, startCluster } from '../../src/server/cluster.js'
import { readSettings } from '../../src/server/main.js'

const dirs: string[] = []
const clusters: RunningCluster[] = []
afterAll(async () => {
  for (const running of clusters) await running.close()
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

/** CPU time (user + system, in clock ticks) a process has used so far. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return Number(fields[11]) + Number(fields[12])
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}

const answer =
  'In the next two years I want to own the billing service end to end and lead its move to ' +
  'event-driven invoicing, because your engineering blog says that is the plan for 2027. '

describe('a cluster of server processes', () => {
  it('spreads requests over every process, shares the CSRF token, and replaces a process that dies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'headway-cluster-'))
    dirs.push(dir)
    const settings = readSettings(
      { HEADWAY_DATA_DIR: dir, HEADWAY_WORKERS: '2', HEADWAY_WEB_DIR: join(dir, 'none') },
      { port: 0 },
    )
    const logged: string[] = []
    const running = await startCluster(settings, (line) => logged.push(line))
    clusters.push(running)
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const [first, second] = running.pids()
    expect(running.pids()).toHaveLength(2)
    if (first === undefined || second === undefined) throw new Error('no worker pids')

    // One token for every process: a request may land on either.
    const me = (await (await fetch(`${running.url}/api/auth/me`)).json()) as { csrfToken: string }
    const before = [cpuTicks(first), cpuTicks(second)]
    const statuses = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        fetch(`${running.url}/api/analyze`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ text: answer.repeat(1 + (i % 3)) }),
        }).then((r) => r.status),
      ),
    )
    expect(new Set(statuses)).toEqual(new Set([200]))
    const used = [cpuTicks(first) - (before[0] ?? 0), cpuTicks(second) - (before[1] ?? 0)]
    const total = (used[0] ?? 0) + (used[1] ?? 0)
    expect(total).toBeGreaterThan(0)
    // Each process did a real share of the work (round-robin gives about half).
    for (const share of used) expect(share / total).toBeGreaterThan(0.15)

    // A process killed outright is replaced; the port keeps answering meanwhile.
    process.kill(first, 'SIGKILL')
    await until(() => !alive(first), 'the killed process to go')
    const health = await fetch(`${running.url}/api/health`)
    expect(health.status).toBe(200)
    await until(
      () => running.pids().length === 2 && !running.pids().includes(first),
      'a replacement process',
    )
    expect(logged.join('\n')).toMatch(/a server process stopped \(SIGKILL\): starting another/)
    await until(async () => {
      const r = await fetch(`${running.url}/api/auth/me`).catch(() => null)
      return r?.status === 200
    }, 'the replacement to serve')

    const pids = running.pids()
    await running.close()
    for (const pid of pids) expect(alive(pid)).toBe(false)
    await expect(fetch(`${running.url}/api/health`)).rejects.toThrow()
  }, 60_000)

  it('stops with a clear message when the processes cannot listen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'headway-cluster-'))
    dirs.push(dir)
    const blocker = await startCluster(
      readSettings({ HEADWAY_DATA_DIR: dir, HEADWAY_WORKERS: '2' }, { port: 0 }),
      () => undefined,
    )
    clusters.push(blocker)
    const port = Number(new URL(blocker.url).port)
    // A second cluster on the same port from another data folder: the port is taken.
    const other = await mkdtemp(join(tmpdir(), 'headway-cluster-'))
    dirs.push(other)
    await expect(
      startCluster(
        readSettings({ HEADWAY_DATA_DIR: other, HEADWAY_WORKERS: '2' }, { port }),
        () => undefined,
      ),
    ).rejects.toThrow(`port ${port} is in use`)
  }, 60_000)
})

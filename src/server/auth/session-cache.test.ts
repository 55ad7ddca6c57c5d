import { describe, expect, it } from 'vitest'
import { type LiveSession, SessionCache } from './session-cache.js'

const session = (id: string, personId = 'p1', expiresAt = 1_000_000): LiveSession => ({
  id,
  personId,
  csrfToken: `csrf-${id}`,
  expiresAt,
})

describe('SessionCache', () => {
  it('keeps a session for its time to live, and never past the session itself', () => {
    const cache = new SessionCache(2_000)
    cache.set(session('a'), 1_000)
    expect(cache.get('a', 2_999)?.csrfToken).toBe('csrf-a')
    expect(cache.get('a', 3_000)).toBeUndefined()
    cache.set(session('b', 'p1', 1_500), 1_000)
    expect(cache.get('b', 1_499)).toBeDefined()
    expect(cache.get('b', 1_500)).toBeUndefined()
    // A clock set back does not stretch the time an entry is trusted.
    cache.set(session('c'), 5_000)
    expect(cache.get('c', 4_000)).toBeUndefined()
  })

  it("forgets every session of a person when one of them ends, and keeps others'", () => {
    const cache = new SessionCache(60_000)
    cache.set(session('a', 'ada'), 0)
    cache.set(session('b', 'ada'), 0)
    cache.set(session('c', 'alan'), 0)
    cache.forget('a')
    expect([cache.get('a', 1), cache.get('b', 1)]).toEqual([undefined, undefined])
    expect(cache.get('c', 1)?.personId).toBe('alan')
    cache.forgetPerson('alan')
    expect(cache.get('c', 1)).toBeUndefined()
  })

  it('holds at most its number of entries, dropping the oldest; 0 ms keeps nothing', () => {
    const cache = new SessionCache(60_000, 2)
    for (const id of ['a', 'b', 'c']) cache.set(session(id), 0)
    expect(['a', 'b', 'c'].map((id) => cache.get(id, 1) !== undefined)).toEqual([false, true, true])
    const off = new SessionCache(0)
    off.set(session('a'), 0)
    expect(off.get('a', 0)).toBeUndefined()
  })
})

describe('SessionCache.lookup', () => {
  it('sends the requests that miss together one lookup, and caches its answer', async () => {
    const cache = new SessionCache(2_000)
    let loads = 0
    const load = async () => {
      loads++
      return session('a')
    }
    const answers = await Promise.all([1, 2, 3].map(() => cache.lookup('a', 0, load)))
    expect(answers.map((a) => a?.id)).toEqual(['a', 'a', 'a'])
    expect(loads).toBe(1)
    expect(cache.lookup('a', 1, load)).toEqual(expect.objectContaining({ id: 'a' }))
    expect(loads).toBe(1)
  })

  it('does not cache what a lookup begun before a log-out found', async () => {
    const cache = new SessionCache(2_000)
    let release: (s: LiveSession) => void = () => undefined
    const slow = () => new Promise<LiveSession | undefined>((resolve) => (release = resolve))
    const inFlight = cache.lookup('a', 0, slow)
    cache.forgetPerson('p1')
    release(session('a'))
    await inFlight
    expect(cache.get('a', 1)).toBeUndefined()
    // and a request after the log-out does not join the old lookup
    let loads = 0
    await cache.lookup('a', 1, async () => {
      loads++
      return undefined
    })
    expect(loads).toBe(1)
  })

  it('past three quarters of its time to live, answers from the cache and reads the session again once, in the background', async () => {
    const cache = new SessionCache(2_000)
    let loads = 0
    const load = async () => {
      loads++
      return session('a')
    }
    await cache.lookup('a', 0, load)
    expect(cache.lookup('a', 1_499, load)).toEqual(expect.objectContaining({ id: 'a' }))
    expect(loads).toBe(1)
    const refreshing = [cache.lookup('a', 1_500, load), cache.lookup('a', 1_501, load)]
    // both answered at once, without waiting for the database
    expect(refreshing.some((answer) => answer instanceof Promise)).toBe(false)
    expect(loads).toBe(2)
    await new Promise((resolve) => setImmediate(resolve))
    // the refreshed entry counts its age from when its read began (1 500), not from the first
    expect(cache.get('a', 3_499)?.id).toBe('a')
    expect(cache.get('a', 3_500)).toBeUndefined()
  })

  it('drops a session the background read no longer finds (ended on another server)', async () => {
    const cache = new SessionCache(2_000)
    await cache.lookup('a', 0, async () => session('a'))
    expect(cache.lookup('a', 1_500, async () => undefined)).toEqual(
      expect.objectContaining({ id: 'a' }),
    )
    await new Promise((resolve) => setImmediate(resolve))
    expect(cache.get('a', 1_501)).toBeUndefined()
  })

  it('never answers from a read older than its time to live, even when the background read fails', async () => {
    const cache = new SessionCache(2_000)
    await cache.lookup('a', 0, async () => session('a'))
    let reject: (error: Error) => void = () => undefined
    const failing = () => new Promise<LiveSession | undefined>((_, r) => (reject = r))
    expect(cache.lookup('a', 1_500, failing)).toEqual(expect.objectContaining({ id: 'a' }))
    // at its time to live a request waits for the read under way, and sees it fail
    const waiting = cache.lookup('a', 2_000, async () => session('a'))
    expect(waiting).toBeInstanceOf(Promise)
    reject(new Error('database down'))
    await expect(waiting).rejects.toThrow('database down')
    expect(cache.get('a', 2_001)).toBeUndefined()
  })
})

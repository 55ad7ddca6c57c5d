/**
 * Sessions this process looked up in the last `ttlMs`, so a signed-in request does not
 * query the database for its session each time. Ending a session here (log-out, log-in,
 * password change, account deletion) forgets every cached session of that person at
 * once; another process (a cluster worker, another server) forgets it when its entry
 * ages out, so a session ended elsewhere stops working within `ttlMs`.
 */

export interface LiveSession {
  /** The token's hash (the session's id in the database). */
  id: string
  personId: string
  csrfToken: string
  /** When the session itself expires (ms since the epoch). */
  expiresAt: number
}

interface Entry extends LiveSession {
  cachedAt: number
}

export class SessionCache {
  readonly #entries = new Map<string, Entry>()
  /** Database lookups under way, by id: requests that arrive meanwhile wait for the same one. */
  readonly #pending = new Map<string, Promise<LiveSession | undefined>>()
  /** Bumped by every forget: a lookup begun before one must not cache what it found. */
  #generation = 0

  /** `ttlMs` 0 turns the cache off; at most `maxEntries` are kept (the oldest go first). */
  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 10_000,
  ) {}

  get(id: string, nowMs: number): LiveSession | undefined {
    const entry = this.#entries.get(id)
    if (!entry) return undefined
    if (
      nowMs - entry.cachedAt >= this.ttlMs ||
      nowMs < entry.cachedAt ||
      nowMs >= entry.expiresAt
    ) {
      this.#entries.delete(id)
      return undefined
    }
    return entry
  }

  set(session: LiveSession, nowMs: number): void {
    if (this.ttlMs <= 0) return
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next()
      if (!oldest.done) this.#entries.delete(oldest.value)
    }
    this.#entries.set(session.id, { ...session, cachedAt: nowMs })
  }

  /**
   * The session `id` from the cache, or else from `load` (the database). When an entry
   * ages out, every request of a busy browser misses at once: they share one `load`
   * instead of sending the database one query each (up to one per open connection).
   */
  lookup(
    id: string,
    nowMs: number,
    load: () => Promise<LiveSession | undefined>,
  ): LiveSession | undefined | Promise<LiveSession | undefined> {
    const cached = this.get(id, nowMs)
    if (cached) return cached
    if (this.ttlMs <= 0) return load()
    let pending = this.#pending.get(id)
    if (!pending) {
      const generation = this.#generation
      pending = load()
        .then((session) => {
          if (session && generation === this.#generation) this.set(session, nowMs)
          return session
        })
        .finally(() => {
          if (this.#pending.get(id) === pending) this.#pending.delete(id)
        })
      this.#pending.set(id, pending)
    }
    return pending
  }

  /** Forget the session `id` and every other cached session of its person. */
  forget(id: string): void {
    const entry = this.#entries.get(id)
    this.#entries.delete(id)
    this.#forgetLookups()
    if (entry) this.forgetPerson(entry.personId)
  }

  /** Lookups under way may have read a session that is now ended: later requests look again. */
  #forgetLookups(): void {
    this.#generation++
    this.#pending.clear()
  }

  forgetPerson(personId: string): void {
    this.#forgetLookups()
    for (const [id, entry] of this.#entries) {
      if (entry.personId === personId) this.#entries.delete(id)
    }
  }
}

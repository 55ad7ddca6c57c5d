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

/**
 * The share of its time to live after which a served entry is read again in the
 * background: a quarter of it (0.5 s of the default 2 s) is left for that read to
 * finish, for one read more per 1.5 s, not 2, per busy session and process.
 */
const REFRESH_AT = 0.75

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
    // A refreshed entry replaces its old self (and moves to the young end), evicting no other.
    this.#entries.delete(session.id)
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
   * An entry past REFRESH_AT of its time to live is still served, and read again in the
   * background, so a busy session's requests do not all stop to wait for the database
   * every `ttlMs` (with PostgreSQL, a round trip to another process). The refreshed
   * entry counts its age from when that read began, so no request is answered from a
   * read older than `ttlMs`, as before.
   */
  lookup(
    id: string,
    nowMs: number,
    load: () => Promise<LiveSession | undefined>,
  ): LiveSession | undefined | Promise<LiveSession | undefined> {
    const cached = this.get(id, nowMs)
    if (cached) {
      const entry = cached as Entry
      if (nowMs - entry.cachedAt >= this.ttlMs * REFRESH_AT && !this.#pending.has(id)) {
        // Nobody waits for it: a failure (the database is down) surfaces when the
        // entry ages out and a request has to wait for the database itself.
        this.#load(id, nowMs, load).catch(() => undefined)
      }
      return cached
    }
    if (this.ttlMs <= 0) return load()
    return this.#pending.get(id) ?? this.#load(id, nowMs, load)
  }

  /** One database read of `id`, shared by the requests that arrive while it runs. */
  #load(
    id: string,
    nowMs: number,
    load: () => Promise<LiveSession | undefined>,
  ): Promise<LiveSession | undefined> {
    const generation = this.#generation
    const pending: Promise<LiveSession | undefined> = load()
      .then((session) => {
        if (!session) this.#entries.delete(id)
        else if (generation === this.#generation) this.set(session, nowMs)
        return session
      })
      .finally(() => {
        if (this.#pending.get(id) === pending) this.#pending.delete(id)
      })
    this.#pending.set(id, pending)
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

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  storedAnswerSchema,
  storedAnswerVersionSchema,
  storedGoalSchema,
  storedPracticeSchema,
  storedStarStorySchema,
} from '../../src/core/contracts/entities.js'
import type { DocumentTable } from '../../src/store/database.js'
import { type PostgresDatabases, testDialects } from '../helpers/postgres.js'
import { sharedPostgres } from '../helpers/shared-postgres.js'
import {
  buildFaultsCli,
  killGroup,
  random,
  type ServeProcess,
  spawnServe,
  stopGroup,
  waitHealthy,
} from './faults-harness.js'
import { Client } from './harness.js'

/**
 * Crash the real server mid-write, again and again, and prove that nothing it
 * acknowledged is lost and nothing is left half-written. Each round starts
 * `headway serve` (built CLI, detached, its own process group) over the same
 * database, lets concurrent clients save answer versions, practice attempts, goals,
 * answers and answer deletions, SIGKILLs the whole group at a random moment, then
 * reads the database directly: every 2xx write is there with exactly its content,
 * every row is one that a client sent (whole), no version outlives its answer, and
 * SQLite's integrity_check says ok. The next round's start also checks it all
 * through the API after recovery. HEADWAY_CRASH_SEED replays a run;
 * HEADWAY_CRASH_ROUNDS changes the number of rounds.
 */

const ROUNDS = Number(process.env.HEADWAY_CRASH_ROUNDS ?? 10)
const SEED = Number(process.env.HEADWAY_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))
const CLIENTS = 8

type Kind = 'answer' | 'version' | 'goal' | 'practice' | 'story'
type State = 'sent' | 'acked' | 'landed' | 'lost'
type Doc = Record<string, unknown>

interface Write {
  kind: Kind
  marker: string
  body: Doc
  answerMarker?: string
  state: State
  /** The 201 body (acked) or the document found after a crash (landed). */
  doc?: Doc
}

interface AnswerState {
  write: Write
  deleted: 'no' | 'pending' | 'yes'
  /** Version saves under way, so a delete never races them (their outcome would be ambiguous). */
  inflight: number
}

/** A stored document as its table holds it. */
type Row = DocumentTable

const TABLES = {
  answer: 'answer',
  version: 'answer_version',
  goal: 'goal',
  practice: 'practice_attempt',
  story: 'star_story',
}
const SCHEMAS: Record<Kind, z.ZodType> = {
  answer: storedAnswerSchema,
  version: storedAnswerVersionSchema,
  goal: storedGoalSchema,
  practice: storedPracticeSchema,
  story: storedStarStorySchema,
}
const MARKER = /\[(r\d+w\d+)\]/

type Snapshot = Record<Kind, Row[]> & { integrity: string }

class Ledger {
  writes = new Map<string, Write>()
  answers = new Map<string, AnswerState>()
  /** Writes never acknowledged and absent after a crash: they must never turn up later. */
  lost = new Set<string>()
  problems: string[] = []
  count = 0

  marker(round: number): string {
    return `r${round}w${this.count++}`
  }

  idOf(marker: string | undefined): string | undefined {
    const doc = marker ? this.writes.get(marker)?.doc : undefined
    return typeof doc?.id === 'string' ? doc.id : undefined
  }
}

function bodyFor(kind: Kind, marker: string, pick: () => number): Doc {
  const years = 1 + Math.floor(pick() * 9)
  switch (kind) {
    case 'answer':
      return { question: 'career-goals', title: `Answer [${marker}]` }
    case 'version':
      return {
        text: `In ${years} years I want to lead the payments platform team at Acme, shipping reliable checkout for millions [${marker}].`,
      }
    case 'goal':
      return {
        text: `Lead a team of ${years} engineers [${marker}]`,
        type: 'position',
        horizon: pick() < 0.5 ? 'short' : 'long',
        milestones: [{ id: 'm1', text: `Milestone ${years}`, done: false }],
      }
    case 'story': {
      // About 20 KB: several pages and overflow pages per commit, a wider window to die in.
      const part = (label: string) =>
        `${label} ${marker} ${'lorem ipsum '.repeat(400)}`.slice(0, 4990).trim()
      return {
        title: `Story [${marker}]`,
        situation: part('situation'),
        task: part('task'),
        action: part('action'),
        result: part(`result ${years}`),
      }
    }
    case 'practice':
      return {
        question: `What are your career goals? [${marker}]`,
        questionKind: 'career-goals',
        transcript: `Um, in ${years} years I would like to lead a team, and I am working toward it now [${marker}].`,
        seconds: 5 + years,
        metrics: { wpm: 100 + years },
      }
  }
}

/** The marker a stored document carries in its text. */
function markerOf(kind: Kind, doc: Doc): string | undefined {
  const field = {
    answer: 'title',
    version: 'text',
    goal: 'text',
    practice: 'question',
    story: 'title',
  }[kind]
  return MARKER.exec(String(doc[field] ?? ''))?.[1]
}

/** A row as the API shows it (documents.ts fromRow). */
function rowToDoc(kind: Kind, row: Row): Doc {
  const doc: Doc = { id: row.id, ...(JSON.parse(row.data) as Doc) }
  if (kind === 'version' && row.parent_id !== null) doc.answerId = row.parent_id
  doc.createdAt = row.created_at
  if (kind !== 'version') doc.updatedAt = row.updated_at
  return doc
}

/** Fields that may legitimately change after the write: an answer's updatedAt moves with each version. */
const comparable = (kind: Kind, doc: Doc): Doc => {
  if (kind !== 'answer') return doc
  const { updatedAt: _moves, ...rest } = doc
  return rest
}

/** Concurrent clients writing until `stop.killed`; every 2xx is recorded as acked. */
async function stream(
  client: Client,
  ledger: Ledger,
  round: number,
  pick: () => number,
  stop: { killed: boolean },
  acked: { n: number },
): Promise<void> {
  const one = async (): Promise<void> => {
    const live = [...ledger.answers.values()].filter((a) => a.deleted === 'no')
    const r = pick()
    if (r > 0.9) {
      const idle = live.filter((a) => a.inflight === 0)
      const target = idle[Math.floor(pick() * idle.length)]
      if (target) {
        target.deleted = 'pending'
        const reply = await client.delete(`/api/answers/${ledger.idOf(target.write.marker)}`)
        if (reply.status === 204 || reply.status === 200) {
          target.deleted = 'yes'
          acked.n++
        } else if (!stop.killed) {
          ledger.problems.push(
            `delete answer ${target.write.marker}: ${reply.status} ${reply.text}`,
          )
        }
        return
      }
    }
    const parent = live[Math.floor(pick() * live.length)]
    const kind: Kind =
      r < 0.1 || !parent
        ? 'answer'
        : r < 0.4
          ? 'version'
          : r < 0.55
            ? 'practice'
            : r < 0.7
              ? 'goal'
              : 'story'
    const marker = ledger.marker(round)
    const write: Write = { kind, marker, body: bodyFor(kind, marker, pick), state: 'sent' }
    let path = {
      answer: '/api/answers',
      goal: '/api/goals',
      practice: '/api/practice',
      story: '/api/stories',
    }[kind as 'answer']
    if (kind === 'version' && parent) {
      write.answerMarker = parent.write.marker
      path = `/api/answers/${ledger.idOf(parent.write.marker)}/versions`
      parent.inflight++
    }
    ledger.writes.set(marker, write)
    try {
      const reply = await client.post(path, write.body)
      if (reply.status === 201) {
        write.state = 'acked'
        write.doc = reply.json
        acked.n++
        if (kind === 'answer') ledger.answers.set(marker, { write, deleted: 'no', inflight: 0 })
      } else if (!stop.killed) {
        ledger.problems.push(`${kind} ${marker}: ${reply.status} ${reply.text}`)
      }
    } finally {
      if (parent && kind === 'version') parent.inflight--
    }
  }
  const worker = async () => {
    while (!stop.killed) {
      try {
        await one()
      } catch (error) {
        // After the kill a request may fail any way; before it, none may.
        if (!stop.killed) ledger.problems.push(`request failed before the kill: ${String(error)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, worker))
}

/**
 * Compare what the database holds with the ledger; returns the problems found and,
 * when `settle`, records the fate of unacknowledged writes (landed or lost).
 */
function audit(ledger: Ledger, tables: Record<Kind, Row[]>, settle: boolean): string[] {
  const problems: string[] = []
  const found = new Map<string, { kind: Kind; row: Row; doc: Doc }>()
  const answerIds = new Set(tables.answer.map((r) => r.id))
  for (const kind of Object.keys(TABLES) as Kind[]) {
    for (const row of tables[kind]) {
      let doc: Doc
      try {
        doc = rowToDoc(kind, row)
      } catch {
        problems.push(`${kind} ${row.id}: data is not JSON: ${row.data.slice(0, 80)}`)
        continue
      }
      const marker = markerOf(kind, doc)
      const write = marker ? ledger.writes.get(marker) : undefined
      if (row.owner_id !== 'local') problems.push(`${kind} ${row.id}: owner ${row.owner_id}`)
      if (!SCHEMAS[kind].safeParse(doc).success)
        problems.push(`${kind} ${row.id}: not a valid ${kind}`)
      if (!marker || !write || write.kind !== kind) {
        problems.push(`${kind} ${row.id}: content no client sent: ${row.data.slice(0, 80)}`)
        continue
      }
      if (found.has(marker)) problems.push(`${marker}: stored twice`)
      found.set(marker, { kind, row, doc })
      if (ledger.lost.has(marker)) problems.push(`${marker}: absent after a crash, back later`)
      if (write.doc && !isDeepStrictEqual(comparable(kind, doc), comparable(kind, write.doc))) {
        problems.push(
          `${marker}: stored ${JSON.stringify(doc).slice(0, 200)} != acknowledged ${JSON.stringify(write.doc).slice(0, 200)}`,
        )
      }
      for (const [key, value] of Object.entries(write.body)) {
        if (!isDeepStrictEqual(doc[key], value))
          problems.push(`${marker}: ${key} differs from what was sent`)
      }
      if (kind === 'version') {
        if (!row.parent_id || !answerIds.has(row.parent_id)) {
          problems.push(`${marker}: version of a missing answer ${row.parent_id}`)
        } else if (row.parent_id !== ledger.idOf(write.answerMarker)) {
          problems.push(`${marker}: version under the wrong answer`)
        }
      }
    }
  }
  // An answer's updatedAt is set in the same transaction as each version: it must be one of them.
  for (const answer of tables.answer) {
    const times = new Set([
      answer.created_at,
      ...tables.version.filter((v) => v.parent_id === answer.id).map((v) => v.created_at),
    ])
    if (!times.has(answer.updated_at)) {
      problems.push(
        `answer ${answer.id}: updated_at ${answer.updated_at} matches none of its saves`,
      )
    }
  }
  const deleted = (marker: string | undefined) => {
    const a = marker ? ledger.answers.get(marker) : undefined
    return (
      a?.deleted === 'yes' ||
      (a?.deleted === 'pending' && !answerIds.has(ledger.idOf(marker) ?? ''))
    )
  }
  for (const write of ledger.writes.values()) {
    const here = found.get(write.marker)
    const gone =
      write.kind === 'answer'
        ? deleted(write.marker)
        : write.kind === 'version' && deleted(write.answerMarker)
    if ((write.state === 'acked' || write.state === 'landed') && !here && !gone) {
      problems.push(`${write.marker}: acknowledged ${write.kind} is missing`)
    }
    if (here && gone) problems.push(`${write.marker}: ${write.kind} outlived a deleted answer`)
    if (settle && write.state === 'sent') {
      if (here) {
        write.state = 'landed'
        write.doc = here.doc
        if (write.kind === 'answer')
          ledger.answers.set(write.marker, { write, deleted: 'no', inflight: 0 })
      } else {
        write.state = 'lost'
        ledger.lost.add(write.marker)
      }
    }
  }
  if (settle) {
    for (const a of ledger.answers.values()) {
      if (a.deleted === 'pending')
        a.deleted = answerIds.has(ledger.idOf(a.write.marker) ?? '') ? 'no' : 'yes'
    }
  }
  return problems
}

/** The same audit through the API of a freshly started server (after its recovery). */
async function readViaApi(client: Client): Promise<Record<Kind, Row[]>> {
  const asRow = (kind: Kind, doc: Doc): Row => {
    const { id, createdAt, updatedAt, answerId, ...data } = doc
    return {
      owner_id: 'local',
      id: String(id),
      parent_id: kind === 'version' ? String(answerId) : null,
      created_at: String(createdAt),
      updated_at: String(updatedAt ?? createdAt),
      data: JSON.stringify(data),
    }
  }
  const list = async (path: string): Promise<Doc[]> => {
    const reply = await client.get(path)
    if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${reply.text}`)
    return reply.json
  }
  const answers = await list('/api/answers')
  const versions: Row[] = []
  for (const answer of answers) {
    for (const v of await list(`/api/answers/${answer.id}/versions`))
      versions.push(asRow('version', v))
  }
  return {
    answer: answers.map((d) => asRow('answer', d)),
    version: versions,
    goal: (await list('/api/goals')).map((d) => asRow('goal', d)),
    practice: (await list('/api/practice')).map((d) => asRow('practice', d)),
    story: (await list('/api/stories')).map((d) => asRow('story', d)),
  }
}

interface Backend {
  env: Record<string, string>
  /** Read every row straight from the database while the server is down. */
  snapshot(): Promise<Snapshot>
  close(): Promise<void>
}

function sqliteBackend(dir: string): Backend {
  return {
    env: { HEADWAY_DATA_DIR: dir },
    async snapshot() {
      // Read-only: no checkpoint on close, so the next server start recovers the crashed WAL itself.
      const db = new SQLite(join(dir, 'headway.db'), { readonly: true, fileMustExist: true })
      try {
        const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
          .map((r) => r.integrity_check)
          .join('; ')
        const rows = (table: string) => db.prepare(`SELECT * FROM ${table}`).all() as Row[]
        return {
          integrity,
          answer: rows(TABLES.answer),
          version: rows(TABLES.version),
          goal: rows(TABLES.goal),
          practice: rows(TABLES.practice),
          story: rows(TABLES.story),
        }
      } finally {
        db.close()
      }
    },
    async close() {},
  }
}

async function postgresBackend(cluster: PostgresDatabases, dir: string): Promise<Backend> {
  const url = await cluster.createDatabase()
  return {
    env: { HEADWAY_DATA_DIR: dir, HEADWAY_DATABASE_URL: url },
    async snapshot() {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        const rows = async (table: string) =>
          (await client.query<Row>(`SELECT * FROM ${table}`)).rows
        // PostgreSQL has no integrity_check; its own crash safety is not at stake (only
        // headway dies). What is: references, checked in audit(), and the acknowledged rows.
        return {
          integrity: 'ok',
          answer: await rows(TABLES.answer),
          version: await rows(TABLES.version),
          goal: await rows(TABLES.goal),
          practice: await rows(TABLES.practice),
          story: await rows(TABLES.story),
        }
      } finally {
        await client.end()
      }
    },
    async close() {},
  }
}

interface RoundFigures {
  round: number
  workers: string
  acked: number
  landedUnacked: number
  lostUnacked: number
  rows: number
  ms: number
  upMs: number
  streamMs: number
  killMs: number
  auditMs: number
}

async function crashLoop(backend: Backend, label: string): Promise<RoundFigures[]> {
  const ledger = new Ledger()
  const pick = random(SEED)
  const figures: RoundFigures[] = []
  const context = () => `${label}, seed ${SEED} (HEADWAY_CRASH_SEED)`
  let running: ServeProcess | undefined
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const started = Date.now()
      // Some rounds run two processes on the file (cluster.ts): slower to start, so not all.
      const workers = round % 4 === 1 ? '2' : '1'
      running = await spawnServe({ env: { ...backend.env, HEADWAY_WORKERS: workers } })
      await waitHealthy(running)
      const client = new Client(running.url)
      const up = Date.now() - started
      expect((await client.me()).status).toBe(200)
      if (round > 0) {
        const viaApi = audit(ledger, await readViaApi(client), false)
        expect(viaApi, `after restart ${round}, ${context()}`).toEqual([])
      }
      if (round === ROUNDS) break

      const stop = { killed: false }
      const acked = { n: 0 }
      const streamStart = Date.now()
      const writing = stream(client, ledger, round, pick, stop, acked)
      const target = 3 + Math.floor(pick() * 60)
      const deadline = Date.now() + 5000
      while (acked.n < target && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2))
      await new Promise((r) => setTimeout(r, pick() * 40))
      stop.killed = true
      const streamed = Date.now() - streamStart
      await killGroup(running)
      const serverLog = running.stderr()
      const killedAt = Date.now()
      running = undefined
      await writing
      expect(ledger.problems, `${context()}\nserver said:\n${serverLog.slice(-2000)}`).toEqual([])

      const killMs = Date.now() - killedAt
      const snapshot = await backend.snapshot()
      expect(snapshot.integrity, `integrity_check, round ${round}, ${context()}`).toBe('ok')
      const unacked = [...ledger.writes.values()].filter((w) => w.state === 'sent')
      const problems = audit(ledger, snapshot, true)
      expect(problems, `after crash ${round}, ${context()}`).toEqual([])
      const landed = unacked.filter((w) => w.state === 'landed').length
      figures.push({
        round,
        workers,
        acked: acked.n,
        landedUnacked: landed,
        lostUnacked: unacked.length - landed,
        rows: Object.keys(TABLES).reduce((n, k) => n + snapshot[k as Kind].length, 0),
        ms: Date.now() - started,
        upMs: up,
        streamMs: streamed,
        killMs,
        auditMs: Date.now() - killedAt - killMs,
      })
    }
  } finally {
    if (running) await stopGroup(running)
  }
  return figures
}

const dirs: string[] = []
let cluster: PostgresDatabases | undefined
beforeAll(async () => {
  await buildFaultsCli()
})
afterAll(async () => {
  await cluster?.stop()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const report = (label: string, figures: RoundFigures[]) =>
  console.log(
    `${label}: seed ${SEED}\n${figures
      .map(
        (f) =>
          `  round ${f.round} (HEADWAY_WORKERS=${f.workers}): ${f.acked} acknowledged, ${f.landedUnacked} unacknowledged landed, ${f.lostUnacked} lost, ${f.rows} rows, ${f.ms} ms (start ${f.upMs}, writes ${f.streamMs}, kill ${f.killMs}, audit ${f.auditMs})`,
      )
      .join('\n')}`,
  )

describe.concurrent.each(testDialects())('headway serve killed mid-write on %s', (dialect) => {
  it(`loses no acknowledged write and leaves nothing half-written over ${ROUNDS} crashes`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headway-crash-'))
    dirs.push(dir)
    let backend: Backend
    if (dialect === 'sqlite') {
      backend = sqliteBackend(dir)
    } else {
      cluster = await sharedPostgres()
      backend = await postgresBackend(cluster, dir)
    }
    const figures = await crashLoop(backend, dialect)
    await backend.close()
    report(dialect, figures)
    expect(figures).toHaveLength(ROUNDS)
    expect(figures.reduce((n, f) => n + f.acked, 0)).toBeGreaterThan(ROUNDS * 3)
  }, 120_000)
})

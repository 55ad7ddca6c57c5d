import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildFaultsCli,
  readableCli,
  type ServeOptions,
  spawnServe,
  stopGroup,
  waitHealthy,
} from './faults-harness.js'
import { Client } from './harness.js'

/**
 * `headway serve` over a data folder it cannot use: it must stop with one line on
 * stderr that names the folder and the cause, exit 2 (the CLI's code for settings),
 * show no stack, and leave an existing database byte for byte as it was.
 *
 * How each fault is made real for a test that runs as root (CI, this container):
 * - read-only folder: root ignores file permissions, so the server runs as the
 *   `nobody` user (spawn's uid/gid) over a folder of root's with mode 0555; run as
 *   another user, chmod 0555 alone does it.
 * - full disk: the server runs under `ulimit -f` (bash), so any file write past the
 *   limit fails with EFBIG (Node ignores SIGXFSZ). It needs no mount or privilege, so
 *   it works in any Linux CI. A real full disk (ENOSPC, SQLITE_FULL) takes a tiny
 *   tmpfs, which needs CAP_SYS_ADMIN; data-dir.ts words that case too.
 * - corrupt database: garbage bytes, and a real database with its schema page
 *   overwritten.
 */

const run = promisify(execFile)
const root = mkdtempSync(join(tmpdir(), 'headway-data-dir-'))
// Other users (nobody) must be able to reach the folders below it.
chmodSync(root, 0o755)
const asRoot = process.getuid?.() === 0
let nobody: { uid: number; gid: number; bin: string } | undefined
const copies: string[] = []

beforeAll(async () => {
  await buildFaultsCli()
  // nobody runs its own copy: the checkout may be in a folder only root can enter.
  if (asRoot) {
    const cli = readableCli()
    copies.push(cli.dir)
    nobody = { uid: 65534, gid: 65534, bin: cli.bin }
  }
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  for (const dir of copies) rmSync(dir, { recursive: true, force: true })
})

let count = 0
function folder(): string {
  const dir = join(root, `case-${count++}`)
  mkdirSync(dir)
  chmodSync(dir, 0o755)
  return dir
}

const baseEnv = (dir: string) => ({ HEADWAY_DATA_DIR: dir, HEADWAY_WEB_DIR: join(root, 'no-web') })

/** Run `headway serve` expecting it to refuse to start; returns its exit code and output. */
async function refused(dir: string, options: Omit<ServeOptions, 'env'> = {}) {
  const serve = await spawnServe({ env: baseEnv(dir), ...options })
  const timer = setTimeout(() => process.kill(-serve.pid, 'SIGKILL'), 20_000)
  const code = await serve.exited
  clearTimeout(timer)
  return { code, stderr: serve.stderr(), stdout: serve.stdout() }
}

/** One line, `headway serve: ...`, naming `dir` and matching `cause`; no stack trace. */
function expectClearRefusal(
  result: Awaited<ReturnType<typeof refused>>,
  dir: string,
  cause: RegExp,
) {
  const context = `exit ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`
  expect(result.code, context).toBe(2)
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines, context).toHaveLength(1)
  expect(lines[0], context).toMatch(/^headway serve: /)
  expect(lines[0], context).toContain(dir)
  expect(lines[0], context).toMatch(cause)
  expect(result.stderr).not.toMatch(/\n\s+at |Error: /)
  expect(result.stdout).not.toMatch(/listening/)
}

/** Every file of the folder with the SHA-256 of its bytes (so new files count too). */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex')
  }
  return out
}

/** A real headway database: start the server, write a story, stop it cleanly. */
async function makeDatabase(dir: string): Promise<void> {
  const serve = await spawnServe({ env: baseEnv(dir) })
  await waitHealthy(serve)
  const client = new Client(serve.url)
  await client.me()
  const story = { title: 'The outage', situation: 's', task: 't', action: 'a', result: 'r' }
  expect((await client.post('/api/stories', story)).status).toBe(201)
  await stopGroup(serve)
}

function integrity(file: string): string {
  const db = new SQLite(file, { fileMustExist: true })
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ')
  } finally {
    db.close()
  }
}

describe('headway serve over an unusable data folder', () => {
  it('a read-only folder, empty: says the user may not write there', async () => {
    const dir = folder()
    chmodSync(dir, 0o555)
    const result = await refused(dir, nobody ? { user: nobody } : {})
    expectClearRefusal(
      result,
      dir,
      /EACCES: this user \(uid \d+\) may not create or change files in/,
    )
    expect(readdirSync(dir)).toEqual([])
  })

  it('a read-only folder holding a database: refuses and leaves the database as it was', async () => {
    const dir = folder()
    await makeDatabase(dir)
    chmodSync(dir, 0o555)
    const before = fingerprint(dir)
    const result = await refused(dir, nobody ? { user: nobody } : {})
    expectClearRefusal(result, dir, /EACCES: .* may not create or change files in/)
    expect(fingerprint(dir)).toEqual(before)
  })

  it('a full disk (a file-size limit): says what stopped the write', async () => {
    const dir = folder()
    // 64 KiB: room for the -shm index (32 KiB), not for the first schema in the -wal.
    const result = await refused(dir, { fileBlocks: 64 })
    expectClearRefusal(
      result,
      dir,
      /SQLITE_IOERR\w*: cannot write .* may not write files larger than 65536 bytes \(ulimit -f\)/,
    )
  })

  it('a database file of garbage: says it is not a database and changes nothing', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'headway.db'), 'this is not a database\n'.repeat(400))
    const before = fingerprint(dir)
    const result = await refused(dir)
    expectClearRefusal(result, dir, /SQLITE_NOTADB: .*headway\.db is not a SQLite database/)
    expect(fingerprint(dir)).toEqual(before)
  })

  it('a database with a damaged schema page: says it is damaged and changes nothing', async () => {
    const dir = folder()
    await makeDatabase(dir)
    const file = join(dir, 'headway.db')
    const bytes = readFileSync(file)
    // Keep the 100-byte header (so it still looks like SQLite), wreck the rest of page 1.
    bytes.fill(0xa5, 100, 4096)
    writeFileSync(file, bytes)
    const before = fingerprint(dir)
    const result = await refused(dir)
    expectClearRefusal(result, dir, /SQLITE_CORRUPT\w*: .*headway\.db is damaged/)
    expect(fingerprint(dir)).toEqual(before)
  })
})

describe('the disk fills while headway serve runs', () => {
  it.each(['1', '2'])(
    'HEADWAY_WORKERS=%s: writes get a 503 in the documented shape, reads go on, writes resume once there is room',
    async (workers) => {
      const dir = folder()
      await makeDatabase(dir)
      const file = join(dir, 'headway.db')
      // Room for the database as it is plus a few writes in the -wal.
      const blocks = Math.ceil(statSync(file).size / 1024) + 96
      const serve = await spawnServe({
        env: { ...baseEnv(dir), HEADWAY_WORKERS: workers },
        fileBlocks: blocks,
      })
      try {
        await waitHealthy(serve)
        const client = new Client(serve.url)
        await client.me()
        const saved: string[] = []
        let refusal: { status: number; json: unknown; text: string } | undefined
        for (let i = 0; i < 300 && !refusal; i++) {
          const reply = await client.post('/api/stories', {
            title: `Story ${i}`,
            situation: 'x'.repeat(2000),
            task: 't',
            action: 'a',
            result: 'r',
          })
          if (reply.status === 201) saved.push(reply.json.id)
          else refusal = reply
        }
        expect(saved.length, 'some writes fit before the limit').toBeGreaterThan(0)
        expect(refusal?.status, serve.stderr()).toBe(503)
        expect(refusal?.json).toEqual({
          error: {
            code: 'unavailable',
            message:
              "the server's disk is full, so nothing could be saved: try again once space is freed",
          },
        })
        expect(refusal?.text).not.toMatch(/SQLITE|\/tmp|\bat\b.*\.js/)
        expect(serve.stderr()).toMatch(/database unavailable: .*disk I\/O error/)

        const reads = await client.get('/api/stories')
        expect(reads.status).toBe(200)
        expect(reads.json.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(saved))

        // Free the space: lift the limit of every process of the server.
        const { stdout } = await run('pgrep', ['-g', String(serve.pid)])
        for (const pid of stdout.trim().split('\n')) {
          await run('prlimit', ['--pid', pid, '--fsize=unlimited'])
        }
        const again = await client.post('/api/stories', {
          title: 'After',
          situation: 's',
          task: 't',
          action: 'a',
          result: 'r',
        })
        expect(again.status, again.text).toBe(201)
        saved.push(again.json.id)
        const after = await client.get('/api/stories')
        expect(after.json.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(saved))
      } finally {
        await stopGroup(serve)
      }
      expect(integrity(file)).toBe('ok')
    },
  )
})

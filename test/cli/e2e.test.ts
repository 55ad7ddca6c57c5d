import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCli } from '../../scripts/build-cli.js'
import { spawnServe, stopGroup, waitHealthy } from '../server/faults-harness.js'

// The built CLI, src/ compiled file by file as `npm run build` does (esbuild strips the types,
// scripts/build-cli.ts), into a private folder so this suite neither needs nor clobbers dist/.
const root = fileURLToPath(new URL('../../', import.meta.url))
const out = join(root, 'test-artifacts/cli-e2e/dist')
const bin = join(out, 'cli/bin.js')
const DEV = join(root, '../shared/data/dev-answers.jsonl')
const dir = mkdtempSync(join(tmpdir(), 'headway-e2e-'))
const run = promisify(execFile)

async function headway(args: string[], stdin?: string) {
  const child = run(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '' },
  })
  if (stdin !== undefined) child.child.stdin?.end(stdin)
  else child.child.stdin?.end()
  try {
    const { stdout, stderr } = await child
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

const write = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content)
  return name
}

// A module hook that writes down the URL of every ES module the process loads.
write(
  'trace-hooks.mjs',
  "import { appendFileSync } from 'node:fs'\nexport async function load(url, context, next) {\n  appendFileSync(process.env.TRACE_FILE, url + '\\n')\n  return next(url, context)\n}\n",
)

const text = 'My goal is to lead the payments data team within three years.'
write('a.txt', text)

beforeAll(async () => {
  await buildCli(out)
  expect(existsSync(bin), 'the CLI was built').toBe(true)
  expect(existsSync(join(out, 'cli/batch/worker.js')), 'the batch worker was built').toBe(true)
})

describe('the built headway binary', () => {
  it('analyzes a file and stdin, exit 0', async () => {
    const fromFile = await headway(['analyze', 'a.txt'])
    expect(fromFile.code).toBe(0)
    expect(fromFile.stdout).toMatch(/^Score \d+\/100/)
    const fromStdin = await headway(['analyze', '--json'], text)
    expect(fromStdin.code).toBe(0)
    expect(JSON.parse(fromStdin.stdout)).toHaveProperty('stats.words')
  })

  it('analyze loads only what the critique needs: no server, store, page parser or dossier schema', async () => {
    // trace-hooks.mjs writes down every module the process loads.
    write(
      'trace.mjs',
      "import { register } from 'node:module'\nregister('./trace-hooks.mjs', import.meta.url)\n",
    )
    const trace = join(dir, 'trace.txt')
    await run(process.execPath, ['--import', './trace.mjs', bin, 'analyze', 'a.txt', '--json'], {
      cwd: dir,
      env: { ...process.env, TRACE_FILE: trace },
    })
    const loaded = readFileSync(trace, 'utf8').trim().split('\n')
    expect(loaded.filter((url) => url.endsWith('/core/critique/analyze.js'))).toHaveLength(1)
    const heavy = [
      '/node_modules/kysely/',
      '/node_modules/linkedom/',
      '/node_modules/@mozilla/readability/',
      '/node_modules/htmlparser2/',
      '/node_modules/hono/',
      '/node_modules/pg/',
      '/server/',
      '/store/',
      '/core/company/',
      '/core/compose/',
      '/core/contracts/dossier.js',
    ]
    expect(loaded.filter((url) => heavy.some((part) => url.includes(part)))).toEqual([])
  })

  it('serve on SQLite starts without the page parsers or the PostgreSQL driver, and loads the parsers on a research request', async () => {
    // ESM loads through the hook, CommonJS ones (pg is required on first use) from require's
    // cache when the server exits.
    write(
      'trace-serve.mjs',
      "import { appendFileSync } from 'node:fs'\nimport { createRequire, register } from 'node:module'\nregister('./trace-hooks.mjs', import.meta.url)\nconst { cache } = createRequire(import.meta.url)\nprocess.on('exit', () => appendFileSync(process.env.TRACE_FILE, Object.keys(cache).join('\\n') + '\\n'))\n",
    )
    const trace = join(dir, 'serve-trace.txt')
    const server = await spawnServe({
      bin,
      nodeArgs: ['--import', join(dir, 'trace-serve.mjs')],
      env: {
        TRACE_FILE: trace,
        HEADWAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'headway-e2e-serve-')),
      },
    })
    try {
      await waitHealthy(server)
      const heavy = [
        '/node_modules/linkedom/',
        '/node_modules/@mozilla/readability/',
        '/node_modules/pg/',
      ]
      const atStart = readFileSync(trace, 'utf8')
      expect(heavy.filter((part) => atStart.includes(part))).toEqual([])
      // Local mode: the page's CSRF token guards POSTs.
      const me = (await fetch(`${server.url}/api/auth/me`).then((r) => r.json())) as {
        csrfToken: string
      }
      const research = await fetch(`${server.url}/api/company/extract`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': me.csrfToken,
          origin: server.url,
        },
        body: JSON.stringify({ html: '<h1>Acme</h1><h2>Our values</h2><ul><li>Be kind</li></ul>' }),
      })
      expect(research.status).toBe(200)
    } finally {
      await stopGroup(server)
    }
    const loaded = readFileSync(trace, 'utf8')
    expect(loaded).toContain('/node_modules/linkedom/')
    expect(loaded).not.toContain('/node_modules/pg/')
  })

  const bad: [string, string[], string | undefined, RegExp][] = [
    ['a missing file', ['analyze', 'missing.txt'], undefined, /missing\.txt: no such file/],
    ['a directory', ['analyze', '.'], undefined, /is a directory/],
    [
      'a binary file',
      ['analyze', write('b.bin', new Uint8Array([1, 0, 2, 0]))],
      undefined,
      /looks binary/,
    ],
    [
      'invalid UTF-8',
      ['analyze', write('l.txt', new Uint8Array([0x63, 0xe9]))],
      undefined,
      /not valid UTF-8/,
    ],
    ['empty text', ['analyze', '-'], ' \n', /the answer is empty/i],
    [
      'too long text',
      ['analyze', write('long.txt', 'a'.repeat(20_001))],
      undefined,
      /20,001 characters/,
    ],
    [
      'a company file that is not JSON',
      ['analyze', 'a.txt', '--company', write('c.json', '{')],
      undefined,
      /c\.json is not valid JSON/,
    ],
    [
      'a company file with wrong types',
      ['analyze', 'a.txt', '--company', write('t.json', '{"values": [1]}')],
      undefined,
      /values\.0: /,
    ],
    ['an unknown command', ['analyse'], undefined, /unknown command 'analyse'/],
  ]
  describe.concurrent('bad input', () => {
    for (const [what, args, stdin, message] of bad) {
      it(`exits 2 on ${what}, with a message and no stack trace`, async ({ expect }) => {
        const r = await headway(args, stdin)
        expect(r.stderr).toMatch(message)
        expect(r.stderr).not.toMatch(/\n\s+at /)
        expect(r.code).toBe(2)
      })
    }
  })

  it('batches the dev set on two worker threads: 120 lines out, ids in order', async () => {
    const r = await headway(['batch', '--in', DEV, '--out', 'dev.out.jsonl', '--workers', '2'])
    expect(r.stderr).toMatch(/120 answers critiqued, 0 lines skipped.*2 workers/)
    expect(r.code).toBe(0)
    const ids = readFileSync(join(dir, 'dev.out.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id)
    const expected = readFileSync(DEV, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id)
    expect(ids).toEqual(expected)
  })

  it('reports bad batch lines by number and still writes the good ones; exit 1 when none are good', async () => {
    write('mixed.jsonl', '{"id": "a", "text": "I plan to lead."}\n{oops\n{"id": "b", "text": ""}\n')
    const r = await headway(['batch', '--in', 'mixed.jsonl', '--out', 'mixed.out.jsonl'])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('line 2: not valid JSON')
    expect(r.stderr).toMatch(/line 3: id "b": the answer is empty/i)
    expect(readFileSync(join(dir, 'mixed.out.jsonl'), 'utf8')).toMatch(/^\{"id":"a",/)
    write('bad.jsonl', '{oops\n')
    expect((await headway(['batch', '--in', 'bad.jsonl', '--out', 'bad.out.jsonl'])).code).toBe(1)
    expect((await headway(['batch', '--in', 'bad.jsonl'])).code).toBe(2)
  })
})

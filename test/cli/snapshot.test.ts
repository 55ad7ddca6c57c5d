import { execFile } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCli } from '../../scripts/build-cli.js'
import { escapeNonAscii, patchCoreModelLoader } from '../../scripts/build-snapshot.js'
import { snapshotArgs, snapshotEnv } from '../../src/cli/snapshot.js'
import { compactLexemes } from '../../src/cli/snapshot-lexemes.js'

// The built CLI with its analyze startup snapshot (scripts/build-snapshot.ts), in a private folder.
const root = fileURLToPath(new URL('../../', import.meta.url))
const out = join(root, 'test-artifacts/cli-snapshot/dist')
const bin = join(out, 'cli/bin.js')
const blob = join(out, 'cli/analyze.blob')
const DEV = join(root, '../shared/data/dev-answers.jsonl')
const dir = mkdtempSync(join(tmpdir(), 'headway-snapshot-'))
const run = promisify(execFile)

interface Outcome {
  code: number
  stdout: string
  stderr: string
}

async function node(args: string[], env: Record<string, string> = {}, stdin?: string) {
  return spawned(process.execPath, args, env, stdin)
}

async function spawned(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  stdin?: string,
) {
  // The launcher runs the `node` on PATH: this very one.
  const PATH = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`
  const child = run(command, args, { cwd: dir, env: { ...process.env, PATH, ...env } })
  child.child.stdin?.end(stdin ?? '')
  try {
    const { stdout, stderr } = await child
    return { code: 0, stdout, stderr } satisfies Outcome
  } catch (error) {
    const e = error as Outcome
    return { code: e.code, stdout: e.stdout, stderr: e.stderr } satisfies Outcome
  }
}

/** The normal path: bin.js loading the analyze modules in its own process. */
const normal = (args: string[], stdin?: string) =>
  node([bin, 'analyze', ...args], { HEADWAY_NO_SNAPSHOT: '1' }, stdin)
/** The snapshot itself, as bin.js starts it (no fallback possible). */
function fromBlob(args: string[], stdin?: string) {
  const argv = snapshotArgs(['analyze', ...args], {}, [], blob)
  if (!argv) throw new Error('the built snapshot would not be used')
  return node(argv, {}, stdin)
}

beforeAll(async () => {
  await buildCli(out)
  expect(existsSync(blob), 'the snapshot was built').toBe(true)
}, 120_000)

describe('the analyze startup snapshot', () => {
  // Every tenth answer of the dev set, with each kind of option the snapshot path takes.
  const dev = readFileSync(DEV, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .filter((_, i) => i % 10 === 0)
  const cases: [string, string[]][] = dev.map((answer, i) => {
    const file = `${answer.id}.txt`
    writeFileSync(join(dir, file), answer.text)
    const options = [
      [],
      ['--question', 'five-years'],
      ['--spoken', '--seconds', '75'],
      ['--role', 'Data engineer'],
    ][i % 4] as string[]
    return [answer.id, [file, '--json', ...options]]
  })
  cases.push(['the terminal report', [`${dev[0]?.id}.txt`]])

  it.concurrent.each(cases)(
    'prints the same as the normal path: %s',
    async (_, args) => {
      const [expected, actual] = await Promise.all([normal(args), fromBlob(args)])
      expect(expected.code).toBe(0)
      expect(actual.stdout.length).toBeGreaterThan(100)
      expect(actual).toEqual(expected)
    },
    60_000,
  )

  it('answers bad input with the same message and exit code', async () => {
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(
      join(dir, 'binary.bin'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0xff, 0xfe, 0]),
    )
    writeFileSync(join(dir, 'huge.txt'), 'I want to lead a team. '.repeat(40_000))
    const bad: [string[], string | undefined][] = [
      [['empty.txt'], undefined],
      [['binary.bin', '--json'], undefined],
      [['huge.txt', '--json'], undefined],
      [['missing.txt'], undefined],
      [['-'], ' \n'],
      [['--seconds', 'soon', 'x.txt'], undefined],
      [['--bogus'], undefined],
      [['--help'], undefined],
    ]
    for (const [args, stdin] of bad) {
      const [expected, actual] = await Promise.all([normal(args, stdin), fromBlob(args, stdin)])
      expect([args, expected.code]).toEqual([args, args.includes('--help') ? 0 : 2])
      expect(actual).toEqual(expected)
    }
  }, 60_000)

  it('is what bin.js runs, reading standard input as well', async () => {
    const text = readFileSync(join(dir, `${dev[0]?.id}.txt`), 'utf8')
    const [expected, actual] = await Promise.all([
      normal(['--json'], text),
      node([bin, 'analyze', '--json'], {}, text),
    ])
    expect(actual).toEqual(expected)
    expect(snapshotArgs(['analyze', '--json'], {}, [], blob)).toEqual([
      expect.stringMatching(/^--hash-seed=\d+$/),
      '--no-rehash-snapshot',
      '--snapshot-blob',
      blob,
      'analyze',
      '--json',
    ])
  }, 60_000)

  it('falls back to the normal path when Node refuses the blob', async () => {
    // The right version in the stamp, the wrong flags: node exits 14 before any output.
    // (inside the repository, where node_modules resolves)
    const copy = join(root, 'test-artifacts/cli-snapshot/refused')
    rmSync(copy, { recursive: true, force: true })
    cpSync(out, copy, { recursive: true })
    const stampFile = join(copy, 'cli/analyze.blob.json')
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { flags: string[] }
    writeFileSync(stampFile, JSON.stringify({ ...stamp, flags: ['--hash-seed=7'] }))
    const file = `${dev[0]?.id}.txt`
    const [expected, actual] = await Promise.all([
      normal([file, '--json']),
      node([join(copy, 'cli/bin.js'), 'analyze', file, '--json']),
    ])
    expect(actual).toEqual(expected)
  }, 60_000)

  it('leaves to the normal path what the snapshot does not hold, and a blob of another Node', () => {
    expect(snapshotArgs(['analyze', 'a.txt', '--company', 'c.json'], {}, [], blob)).toBeNull()
    expect(snapshotArgs(['analyze', '--audio=a.wav'], {}, [], blob)).toBeNull()
    expect(snapshotArgs(['goals', '--in', 'a.json'], {}, [], blob)).toBeNull()
    expect(snapshotArgs(['batch', '--in', 'a.jsonl'], {}, [], blob)).not.toBeNull()
    expect(snapshotArgs(['analyze', 'a.txt'], { HEADWAY_NO_SNAPSHOT: '1' }, [], blob)).toBeNull()
    expect(snapshotArgs(['analyze', 'a.txt'], {}, ['--inspect'], blob)).toBeNull()
    expect(snapshotArgs(['analyze', 'a.txt'], {}, [], join(dir, 'none.blob'))).toBeNull()
    // A stamp from another Node version: the blob would not load, so it is not tried.
    const other = join(dir, 'other.blob')
    writeFileSync(other, readFileSync(blob))
    const stamp = JSON.parse(readFileSync(`${blob}.json`, 'utf8')) as Record<string, string>
    writeFileSync(`${other}.json`, JSON.stringify({ ...stamp, node: 'v20.0.0' }))
    expect(snapshotArgs(['analyze', 'a.txt'], {}, [], other)).toBeNull()
    writeFileSync(`${other}.json`, JSON.stringify({ ...stamp, flags: ['--expose-gc'] }))
    expect(snapshotArgs(['analyze', 'a.txt'], {}, [], other)).toBeNull()
    writeFileSync(`${other}.json`, JSON.stringify(stamp))
    expect(snapshotArgs(['analyze', 'a.txt'], {}, [], other)).not.toBeNull()
  })

  it('escapes what esbuild leaves non-ASCII without changing a string or a pattern', () => {
    const source = String.raw`[/^[a\–b’]$/.test('–'), /^[a\–b’]$/.test('\\'), "it’s \— 🙂"]`
    const escaped = escapeNonAscii(source)
    expect([...escaped].every((char) => char.charCodeAt(0) < 128)).toBe(true)
    const value = (code: string): unknown => new Function(`return ${code}`)()
    expect(value(escaped)).toEqual([true, false, 'it’s — 🙂'])
    expect(value(escaped)).toEqual(value(source))
  })
})

describe('batch from the startup snapshot', () => {
  // The dev set with a bad line of each kind: the output file, the summary and the
  // messages on stderr must match the normal path's, in this thread and on two.
  const input = 'batch-in.jsonl'
  const lines = readFileSync(DEV, 'utf8').trim().split('\n').slice(0, 40)
  lines.splice(5, 0, '{"id": "no text"}', 'not json', '[1, 2]', '{"id": "x", "text": ""}')
  writeFileSync(join(dir, input), `${lines.join('\n')}\n`)
  // the seconds and answers per second of the summary differ from run to run
  const steady = (o: Outcome) => ({ ...o, stderr: o.stderr.replace(/, [\d.]+s \(\d+\/s/, '') })

  it.each([[[]], [['--workers', '2']]])(
    'writes what the normal path writes, with %j',
    async (options) => {
      const args = (out: string) => ['batch', '--in', input, '--out', out, ...options]
      const argv = snapshotArgs(args('snap.jsonl'), {}, [], blob)
      if (!argv) throw new Error('the built snapshot would not be used')
      const [expected, actual] = await Promise.all([
        node([bin, ...args('normal.jsonl')], { HEADWAY_NO_SNAPSHOT: '1' }),
        node(argv),
      ])
      expect(expected.code).toBe(0)
      expect(expected.stderr).toMatch(/line 7: not valid JSON/)
      expect(steady(actual)).toEqual(steady(expected))
      const written = readFileSync(join(dir, 'snap.jsonl'), 'utf8')
      expect(written.trim().split('\n')).toHaveLength(40)
      expect(written).toBe(readFileSync(join(dir, 'normal.jsonl'), 'utf8'))
    },
    60_000,
  )

  it('reads standard input and writes standard output, on threads (no size known)', async () => {
    const text = readFileSync(join(dir, input), 'utf8')
    const argv = snapshotArgs(['batch', '--in', '-', '--out', '-'], {}, [], blob)
    if (!argv) throw new Error('the built snapshot would not be used')
    const [expected, actual] = await Promise.all([
      node([bin, 'batch', '--in', '-', '--out', '-'], { HEADWAY_NO_SNAPSHOT: '1' }, text),
      node(argv, {}, text),
    ])
    expect(actual.stderr).toMatch(/2 workers/)
    expect(actual.stdout.trim().split('\n')).toHaveLength(40)
    expect(steady(actual)).toEqual(steady(expected))
  }, 60_000)

  it('answers bad usage as the normal path does', async () => {
    for (const args of [
      ['--in', 'missing.jsonl', '--out', 'o.jsonl'],
      ['--workers', 'x'],
      ['--help'],
    ]) {
      const argv = snapshotArgs(['batch', ...args], {}, [], blob)
      if (!argv) throw new Error('the built snapshot would not be used')
      const [expected, actual] = await Promise.all([
        node([bin, 'batch', ...args], { HEADWAY_NO_SNAPSHOT: '1' }),
        node(argv),
      ])
      expect([args, expected.code]).toEqual([args, args.includes('--help') ? 0 : 2])
      expect(actual).toEqual(expected)
    }
  }, 60_000)
})

describe('the headway launcher (package.json "bin")', () => {
  const first = JSON.parse(readFileSync(DEV, 'utf8').split('\n')[0] ?? '') as { text: string }
  const answer = 'launcher.txt'
  writeFileSync(join(dir, answer), first.text)
  // A copy whose bin.js cannot run: what it answers came from the snapshot, and what
  // fails with exit 99 went to bin.js. Linked as npm links it, from node_modules/.bin.
  function copyWithBrokenBin(name: string): string {
    const copy = join(root, 'test-artifacts/cli-snapshot', name)
    rmSync(copy, { recursive: true, force: true })
    cpSync(out, copy, { recursive: true })
    writeFileSync(join(copy, 'cli/bin.js'), 'process.exit(99)\n')
    mkdirSync(join(copy, '.bin'))
    symlinkSync('../cli/headway', join(copy, '.bin/headway'))
    return join(copy, '.bin/headway')
  }

  it('runs analyze from the snapshot in one process, with the same output and exit codes', async () => {
    const headway = copyWithBrokenBin('launcher')
    writeFileSync(join(dir, 'empty.txt'), '')
    const text = first.text
    const cases: [string[], string | undefined][] = [
      [[answer, '--json'], undefined],
      [[answer, '--json', '--question', 'five-years'], undefined],
      [[answer], undefined],
      [['--json'], text],
      [['empty.txt'], undefined],
      [['missing.txt'], undefined],
      [['--bogus'], undefined],
    ]
    for (const [args, stdin] of cases) {
      const [expected, actual] = await Promise.all([
        normal(args, stdin),
        spawned(headway, ['analyze', ...args], {}, stdin),
      ])
      expect(actual).toEqual(expected)
    }
    // batch runs from the snapshot too (a missing file: its usage error, not bin.js's 99)
    const batch = await spawned(headway, ['batch', '--in', 'missing.jsonl', '--out', 'o.jsonl'])
    expect(batch).toEqual({
      code: 2,
      stdout: '',
      stderr: 'headway batch: missing.jsonl: no such file\n',
    })
    // Every other command, and options the snapshot leaves out, go to bin.js.
    for (const args of [['--help'], ['goals', '--help'], ['analyze', 'a.txt', '--company=c.json']])
      expect([args, (await spawned(headway, args)).code]).toEqual([args, 99])
    const off = await spawned(headway, ['analyze', answer], { HEADWAY_NO_SNAPSHOT: '1' })
    expect(off.code).toBe(99)
  }, 60_000)

  it('keeps the extra CA certificates from the snapshot child, which never uses them', async () => {
    const headway = join(out, 'cli/headway')
    const env = { NODE_EXTRA_CA_CERTS: join(dir, 'no-such-ca.pem') }
    const [throughNode, launched] = await Promise.all([
      node([bin, 'analyze', answer, '--json'], env),
      spawned(headway, ['analyze', answer, '--json'], env),
    ])
    // node warns that it could not read the file: the bin.js process does, the child does not.
    expect(throughNode.stderr).toMatch(/extra certs/i)
    expect(launched).toEqual({ ...throughNode, stderr: '' })
  }, 60_000)

  it('falls back to bin.js, silently, when node refuses the blob', async () => {
    const copy = join(root, 'test-artifacts/cli-snapshot/launcher-refused')
    rmSync(copy, { recursive: true, force: true })
    cpSync(out, copy, { recursive: true })
    const launcher = join(copy, 'cli/headway')
    const source = readFileSync(launcher, 'utf8')
    const wrong = source.replace(/--hash-seed=\d+/, '--hash-seed=7')
    expect(wrong).not.toBe(source)
    writeFileSync(launcher, wrong)
    const [expected, actual] = await Promise.all([
      normal([answer, '--json']),
      spawned(launcher, ['analyze', answer, '--json']),
    ])
    expect(actual).toEqual(expected)
  }, 60_000)
})

describe('the patches to wink that keep the blob small', () => {
  it('still apply to the installed wink model (an upgrade that loses them fails here)', () => {
    const require = createRequire(import.meta.url)
    const loader = require.resolve('wink-eng-lite-web-model/dist/read-core-model.js')
    const model = join(dirname(loader), 'languages/cur/models/eng-core-web-model.json')
    const patched = patchCoreModelLoader(readFileSync(loader, 'utf8'), model)
    expect(patched).toMatchObject({ modelAsData: true, flatLexemes: true })
    expect(patched.contents).not.toContain('originalModel')
    expect(patchCoreModelLoader('module.exports = 1', model)).toEqual({
      contents: 'module.exports = 1',
      modelAsData: false,
      flatLexemes: false,
    })
  })
})

describe('the flat lexemes of the snapshot', () => {
  // What wink's read-core-model builds, and the one way its cache.js adds a word.
  function dictionary(words: string[]) {
    const hash: Record<string, number> = Object.create(null)
    for (let k = 0; k < words.length; k++) hash[words[k] as string] = k
    return { list: [...words], hash }
  }
  function indexOf(feature: { list: string[]; hash: Record<string, number> }, word: string) {
    let index = feature.hash[word]
    if (index === undefined) {
      index = feature.hash[word] = feature.list.length
      feature.list.push(word)
    }
    return index
  }

  it("answers every lookup and addition as wink's dictionary does", () => {
    const words = [
      '$%^oov^%$',
      'the',
      'The',
      'é',
      'naïve',
      '',
      '__proto__',
      '12',
      'the',
      'ﬁ',
      'a b',
      'ain’t',
      'ﬁ',
    ]
    const flat = compactLexemes({ list: words })
    const plain = dictionary(words)
    expect(flat.list.length).toBe(plain.list.length)
    for (let k = 0; k < words.length; k++) expect(flat.list[k]).toBe(plain.list[k])
    const probes = [...words, 'constructor', 'ain’', 'THE', 'th', 'thee', 'new', 'new', '', 'fi']
    for (const word of probes) expect([word, flat.hash[word]]).toEqual([word, plain.hash[word]])
    for (const word of probes) expect(indexOf(flat, word)).toBe(indexOf(plain, word))
    expect(flat.list.length).toBe(plain.list.length)
    for (let k = 0; k < plain.list.length; k++) expect(flat.list[k]).toBe(plain.list[k])
    expect([flat.hash.constructor, flat.hash.new]).toEqual([words.length, words.length + 5])
    // A repeated word keeps its last index; a non-index key names no element.
    const ligature = 'ﬁ'
    expect([flat.hash.the, flat.hash[ligature]]).toEqual([8, 12])
    expect([flat.list[99], flat.list['' as never], flat.list['01' as never]]).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })

  it('finds each of many words at its own index', () => {
    const words = Array.from({ length: 20_000 }, (_, k) => `w${(k * 7919).toString(36)}`)
    const flat = compactLexemes({ list: words })
    expect(words.every((word, k) => flat.hash[word] === k && flat.list[k] === word)).toBe(true)
    expect(flat.hash.w).toBeUndefined()
  })
})

describe('the environment of the snapshot child', () => {
  it('leaves out only the extra CA certificates, which Node 20 reads before any code', () => {
    const env = { PATH: '/bin', NODE_EXTRA_CA_CERTS: '/etc/ca.pem', HEADWAY_TODAY: '2026-01-02' }
    expect(snapshotEnv(env)).toEqual({ PATH: '/bin', HEADWAY_TODAY: '2026-01-02' })
    expect(env.NODE_EXTRA_CA_CERTS).toBe('/etc/ca.pem')
  })
})

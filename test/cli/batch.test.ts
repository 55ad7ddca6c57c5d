import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FLAG_IDS, STRENGTH_IDS } from '../../src/core/index.js'
import { runCli } from './fake-io.js'

const DEV = fileURLToPath(new URL('../../../shared/data/dev-answers.jsonl', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'headway-batch-'))
const devIds = readFileSync(DEV, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { id: string }).id)

function outputLines(name: string): Record<string, unknown>[] {
  return readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

function checkContract(lines: Record<string, unknown>[]) {
  for (const line of lines) {
    expect(Object.keys(line).sort()).toEqual(
      expect.arrayContaining(['criteria', 'flags', 'id', 'score', 'strengths', 'verdict']),
    )
    expect(line.score).toBeTypeOf('number')
    expect(['strong', 'solid', 'needs-work', 'weak']).toContain(line.verdict)
    for (const f of line.flags as string[]) expect(FLAG_IDS).toContain(f)
    for (const s of line.strengths as string[]) expect(STRENGTH_IDS).toContain(s)
    expect(Array.isArray(line.criteria)).toBe(true)
  }
}

describe('headway batch', () => {
  for (const workers of ['1', '2']) {
    it(`critiques every dev answer in input order with ${workers} worker(s)`, async () => {
      const out = `dev-${workers}.jsonl`
      const r = await runCli(['batch', '--in', DEV, '--out', out, '--workers', workers], {
        cwd: dir,
      })
      expect(r.code).toBe(0)
      expect(r.stdout).toBe('')
      const lines = outputLines(out)
      expect(lines.map((l) => l.id)).toEqual(devIds)
      expect(lines).toHaveLength(120)
      checkContract(lines)
      expect(r.stderr).toMatch(/120 answers critiqued, 0 lines skipped/)
      expect(r.stderr).toMatch(/verdicts: strong \d+, solid \d+, needs-work \d+, weak \d+/)
      expect(r.stderr).toMatch(/flags: /)
      expect(r.stderr).toContain(`${workers} worker`)
      if (workers === '2') {
        // Both threads took a share of the work.
        const split = /2 workers: (\d+) \+ (\d+)\)/.exec(r.stderr)
        expect(split?.slice(1).map(Number)).toEqual([expect.any(Number), expect.any(Number)])
        const [a, b] = (split?.slice(1) ?? []).map(Number)
        expect(a).toBeGreaterThan(0)
        expect(b).toBeGreaterThan(0)
        expect((a ?? 0) + (b ?? 0)).toBe(120)
      }
    })
  }

  it('critiques a small file in one thread unless told otherwise, a large one on every core', async () => {
    const answers = devIds
      .slice(0, 3)
      .map((id) => JSON.stringify({ id, text: `I want to lead ${id}.` }))
    writeFileSync(join(dir, 'small.jsonl'), `${answers.join('\n')}\n`)
    // Past the size, with blank lines (skipped) for bulk: the same three answers.
    writeFileSync(join(dir, 'large.jsonl'), `${answers.join('\n')}\n${' \n'.repeat(270_000)}`)
    const cores = Math.max(1, Math.min(availableParallelism(), 8))
    const small = await runCli(['batch', '--in', 'small.jsonl', '--out', 'small.out.jsonl'], {
      cwd: dir,
    })
    const large = await runCli(['batch', '--in', 'large.jsonl', '--out', 'large.out.jsonl'], {
      cwd: dir,
    })
    expect(small.stderr).toContain('3 answers critiqued')
    expect(small.stderr).toMatch(/1 worker\)/)
    expect(large.stderr).toContain('3 answers critiqued')
    expect(large.stderr).toMatch(cores > 1 ? new RegExp(`${cores} workers:`) : /1 worker\)/)
    expect(readFileSync(join(dir, 'large.out.jsonl'), 'utf8')).toBe(
      readFileSync(join(dir, 'small.out.jsonl'), 'utf8'),
    )
  }, 60_000)

  it('gives the same output with 1 and 2 workers', () => {
    expect(readFileSync(join(dir, 'dev-2.jsonl'), 'utf8')).toBe(
      readFileSync(join(dir, 'dev-1.jsonl'), 'utf8'),
    )
  })

  it('reports bad lines by number, skips them and keeps the good ones in order', async () => {
    const good = (id: string) =>
      JSON.stringify({ id, text: `My goal as ${id} is to lead the data team.` })
    const input = [
      good('a'),
      'not json',
      JSON.stringify({ text: 'no id here' }),
      '',
      good('b'),
      JSON.stringify({ id: 'c', text: 42 }),
      JSON.stringify({ id: 'd', text: '   ' }),
      JSON.stringify({ id: 'e', text: 'x'.repeat(20_001) }),
      JSON.stringify({ id: 'f' }),
      good('g'),
    ].join('\n')
    writeFileSync(join(dir, 'mixed.jsonl'), `${input}\n`)
    const r = await runCli(
      ['batch', '--in', 'mixed.jsonl', '--out', 'mixed.out.jsonl', '--workers', '2'],
      {
        cwd: dir,
      },
    )
    expect(r.code).toBe(0)
    expect(outputLines('mixed.out.jsonl').map((l) => l.id)).toEqual(['a', 'b', 'g'])
    expect(r.stderr).toContain('line 2: not valid JSON')
    expect(r.stderr).toContain('line 3: no id')
    expect(r.stderr).toContain('line 6: text must be a string, not a number')
    expect(r.stderr).toMatch(/line 7: id "d": the answer is empty/i)
    expect(r.stderr).toMatch(/line 8: id "e": .*20,001 characters/)
    expect(r.stderr).toContain('line 9: no text')
    expect(r.stderr).toMatch(/3 answers critiqued, 6 lines skipped/)
  })

  it('reports invalid UTF-8 lines and reads stdin and writes stdout with -', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id": "a", "text": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n{"id": "b", "text": "I plan to lead."}\n'),
    ])
    const r = await runCli(['batch', '--in', '-', '--out', '-', '--workers', '1'], { stdin: bytes })
    expect(r.stderr).toContain('line 1: not valid UTF-8')
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['b'])
    expect(r.code).toBe(0)
  })

  it('exits 1 when no line could be critiqued', async () => {
    writeFileSync(join(dir, 'none.jsonl'), 'nope\n{"id": 1}\n')
    const r = await runCli(['batch', '--in', 'none.jsonl', '--out', 'none.out.jsonl'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/0 answers critiqued, 2 lines skipped/)
  })

  const usage: [string, string[], RegExp][] = [
    ['no --in', ['batch', '--out', 'x.jsonl'], /--in FILE\.jsonl is required/],
    ['no --out', ['batch', '--in', DEV], /--out FILE\.jsonl is required/],
    [
      'a missing input',
      ['batch', '--in', 'gone.jsonl', '--out', 'x.jsonl'],
      /gone\.jsonl: no such file/,
    ],
    ['a directory input', ['batch', '--in', '.', '--out', 'x.jsonl'], /\. is a directory/],
    [
      'bad workers',
      ['batch', '--in', DEV, '--out', 'x.jsonl', '--workers', '0'],
      /--workers must be a whole number from 1 to 64/,
    ],
    [
      'same in and out',
      ['batch', '--in', 'none.jsonl', '--out', './none.jsonl'],
      /must be different files/,
    ],
    [
      'an unwritable output',
      ['batch', '--in', DEV, '--out', 'no/such/dir/x.jsonl'],
      /cannot write no\/such\/dir\/x\.jsonl: no such folder/,
    ],
  ]
  for (const [what, argv, message] of usage) {
    it(`exits 2 for ${what}`, async () => {
      const r = await runCli(argv, { cwd: dir })
      expect(r.stderr).toMatch(message)
      expect(r.code).toBe(2)
    })
  }

  it('draws a progress bar only when stderr is a terminal', async () => {
    const tty = await runCli(['batch', '--in', DEV, '--out', 'p.jsonl', '--workers', '1'], {
      cwd: dir,
      tty: true,
    })
    expect(tty.stderr).toMatch(/\[#+\] 100% +120 answers/)
    const plain = await runCli(['batch', '--in', DEV, '--out', 'p.jsonl', '--workers', '1'], {
      cwd: dir,
    })
    expect(plain.stderr).not.toContain('\r')
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CRITERION_IDS, FLAG_IDS, type Report, STRENGTH_IDS } from '../../src/core/index.js'
import { runCli } from './fake-io.js'

const dir = mkdtempSync(join(tmpdir(), 'headway-analyze-'))
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content)
  return name
}
const answer =
  'My goal is to become a senior data analyst within three years. In this role I want to own ' +
  "your revenue dashboards and learn dbt, so the finance team gets numbers it trusts. I guess that's it."
const inDir = { cwd: dir }
file('a.txt', answer)

describe('headway analyze', () => {
  it('prints a readable report for a file, with the answer and stats', async () => {
    const r = await runCli(['analyze', 'a.txt'], inDir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Score \d+\/100 {2}(strong|solid|needs-work|weak)/)
    expect(r.stdout).toContain('within three years')
    expect(r.stdout).toMatch(/Stats .*\d+ words/)
    expect(r.stdout).not.toContain('\u001b[')
  })

  it('uses ANSI on a TTY and not with NO_COLOR', async () => {
    const tty = await runCli(['analyze', 'a.txt'], { ...inDir, tty: true })
    expect(tty.stdout).toContain('\u001b[1m')
    const noColor = await runCli(['analyze', 'a.txt'], {
      ...inDir,
      tty: true,
      env: { NO_COLOR: '1' },
    })
    expect(noColor.stdout).not.toContain('\u001b[')
  })

  it('prints the Report as JSON with only RUBRIC ids, reading stdin for -', async () => {
    const r = await runCli(['analyze', '-', '--json', '--question', 'career-goals'], {
      stdin: answer,
    })
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as Report
    expect(report.score).toBeGreaterThanOrEqual(0)
    expect(report.score).toBeLessThanOrEqual(100)
    expect(['strong', 'solid', 'needs-work', 'weak']).toContain(report.verdict)
    for (const f of report.flags) expect(FLAG_IDS).toContain(f)
    for (const s of report.strengths) expect(STRENGTH_IDS).toContain(s)
    for (const c of report.criteria) expect(CRITERION_IDS).toContain(c.id)
    for (const f of report.findings) {
      expect(f.span[0]).toBeGreaterThanOrEqual(0)
      expect(f.span[1]).toBeLessThanOrEqual(answer.length)
    }
    expect(report.stats.words).toBeGreaterThan(30)
  })

  it('reads stdin when no file is given and stdin is piped', async () => {
    const r = await runCli(['analyze', '--json'], { stdin: answer })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toHaveProperty('verdict')
  })

  it('accepts context flags and a company file of either shape', async () => {
    const plain = file('plain.json', JSON.stringify({ name: 'Acme', values: ['Ownership'] }))
    const r = await runCli(
      [
        'analyze',
        'a.txt',
        '--company',
        plain,
        '--role',
        'Data Analyst',
        '--spoken',
        '--seconds',
        '45',
        '--json',
      ],
      inDir,
    )
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const source = { quote: 'q', start: 0, end: 1 }
    const dossier = file(
      'dossier.json',
      JSON.stringify({
        name: 'Acme',
        mission: { text: 'Numbers people trust.', source },
        vision: null,
        values: [{ name: 'Ownership', source }],
        culture: [],
        initiatives: [],
        products: [],
        job: null,
        warnings: [],
      }),
    )
    expect((await runCli(['analyze', 'a.txt', '--company', dossier], inDir)).code).toBe(0)
  })

  it("lists the company's terms the answer uses and misses in the readable report", async () => {
    const company = file(
      'terms.json',
      JSON.stringify({
        name: 'Acme',
        values: ['Ownership'],
        products: ['revenue dashboards', 'Forecast'],
      }),
    )
    const r = await runCli(['analyze', 'a.txt', '--company', company], inDir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('used    revenue dashboards [product]')
    expect(r.stdout).toContain('missed  Ownership [value], Forecast [product]')
    expect((await runCli(['analyze', 'a.txt'], inDir)).stdout).not.toContain('Terms of the job')
  })

  const bad: [string, string[], { stdin?: string | Uint8Array }, RegExp][] = [
    ['a missing file', ['analyze', 'nope.txt'], {}, /nope\.txt: no such file/],
    ['a directory', ['analyze', '.'], {}, /\. is a directory/],
    [
      'a binary file',
      ['analyze', file('bin.dat', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1]))],
      {},
      /bin\.dat looks binary/,
    ],
    [
      'invalid UTF-8',
      ['analyze', file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]))],
      {},
      /latin1\.txt is not valid UTF-8/,
    ],
    [
      'an empty file',
      ['analyze', file('empty.txt', ' \n\n ')],
      {},
      /empty\.txt: the answer is empty/i,
    ],
    ['empty stdin', ['analyze', '-'], { stdin: '' }, /standard input: the answer is empty/i],
    [
      'too long',
      ['analyze', file('long.txt', 'word '.repeat(4001))],
      {},
      /long\.txt: .*20,005 characters.*limit is 20,000/,
    ],
    ['no input on a terminal', ['analyze'], {}, /no answer given/],
    ['two files', ['analyze', 'a.txt', 'b.txt'], {}, /give one answer file/],
    [
      'a bad question kind',
      ['analyze', 'a.txt', '--question', 'salary'],
      {},
      /--question must be one of career-goals, five-years, why-here, career-change, not 'salary'/,
    ],
    ['bad seconds', ['analyze', 'a.txt', '--seconds', 'ten'], {}, /--seconds must be a number/],
    ['an unknown flag', ['analyze', 'a.txt', '--colour'], {}, /Unknown option '--colour'/],
    [
      'a company file that is not JSON',
      ['analyze', 'a.txt', '--company', file('c1.json', '{"name": "Acme",')],
      {},
      /c1\.json is not valid JSON/,
    ],
    [
      'a company file with wrong types',
      ['analyze', 'a.txt', '--company', file('c2.json', '{"name": "Acme", "values": "Ownership"}')],
      {},
      /c2\.json is not a valid company[\s\S]*values: .*expected array/,
    ],
    [
      'a missing company file',
      ['analyze', 'a.txt', '--company', 'none.json'],
      {},
      /none\.json: no such file/,
    ],
  ]
  for (const [what, argv, options, message] of bad) {
    it(`exits 2 with a clear message for ${what}`, async () => {
      const r = await runCli(argv, { ...inDir, ...options })
      expect(r.stderr).toMatch(message)
      expect(r.stderr).toMatch(/^headway analyze: /)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(r.stdout).toBe('')
      expect(r.code).toBe(2)
    })
  }
})

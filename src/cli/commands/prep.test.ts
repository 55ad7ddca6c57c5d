import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/run-cli.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const P = join(root, 'test/fixtures/profiles')
const dir = mkdtempSync(join(tmpdir(), 'headway-prep-'))
const ANSWER =
  'In five years I want to lead a backend team. First I will get my CKA certification. I want to help Ledgerly make bookkeeping effortless for small businesses.'
writeFileSync(join(dir, 'answer.txt'), ANSWER)
writeFileSync(join(dir, 'empty.txt'), '')

const base = [
  'prep',
  '--profile',
  `${P}/ana-backend.json`,
  '--company',
  `${P}/companies/ledgerly.json`,
]
const run = (argv: string[]) =>
  runCli([...base, ...argv], { cwd: dir, env: { HEADWAY_TODAY: '2026-11-25' } })

describe('headway prep', () => {
  it('prints the prep sheet as JSON: answer, score, start and finish, points, questions', async () => {
    const { code, out } = await run(['--answer', 'answer.txt', '--date', '2026-12-10', '--json'])
    expect(code).toBe(0)
    const sheet = JSON.parse(out)
    expect(sheet.title).toBe('Prep: Senior Backend Engineer at Ledgerly')
    expect(sheet.interviewDate).toBe('2026-12-10')
    expect(sheet.answer).toBe(ANSWER)
    expect(sheet.score).toBeGreaterThan(0)
    expect(sheet.strongStart).toBe('In five years I want to lead a backend team.')
    expect(sheet.talkingPoints.length).toBeGreaterThan(0)
    expect(sheet.questions.length).toBeGreaterThan(0)
    expect(sheet.stories).toEqual([])
  })

  it('prints Markdown by default and with --md, saying when there is no answer', async () => {
    const { code, out } = await run([])
    expect(code).toBe(0)
    expect(out).toMatch(/^# Prep: Senior Backend Engineer at Ledgerly\n/)
    expect(out).toContain('_No saved answer yet._')
    expect((await run(['--md'])).out).toBe(out)
  })

  it('exits 2 on a missing flag, a bad question or date, an empty answer, or --md with --json', async () => {
    const noProfile = await runCli(['prep', '--company', `${P}/companies/ledgerly.json`])
    expect(noProfile.code).toBe(2)
    expect(noProfile.err).toMatch(/--profile/)
    expect((await run(['--question', 'hobbies'])).code).toBe(2)
    expect((await run(['--date', 'next week'])).code).toBe(2)
    expect((await run(['--answer', 'empty.txt'])).code).toBe(2)
    expect((await run(['--md', '--json'])).code).toBe(2)
  })
})

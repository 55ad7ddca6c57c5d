import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'headway-consistency-'))
writeFileSync(join(dir, 'career-goals.txt'), 'I want to become a product manager for payments.')
writeFileSync(join(dir, 'plan.txt'), 'In five years I want to be a data scientist.')
writeFileSync(join(dir, 'five-years-acme.txt'), 'In five years I see myself as a product manager.')
writeFileSync(join(dir, 'notes.txt'), 'Some notes.')

const run = (argv: string[]) =>
  runCli(['consistency', ...argv], { cwd: dir, env: { HEADWAY_TODAY: '2026-11-25' } })

interface Json {
  answers: { question: string; file: string }[]
  contradictions: {
    kind: string
    message: string
    suggestion: string
    spans: { answer: number; question: string; span: [number, number]; text: string }[]
  }[]
}

describe('headway consistency', () => {
  it('lists each contradiction with both spans and a suggestion in --json', async () => {
    const { code, out } = await run(['career-goals.txt', 'five-years=plan.txt', '--json'])
    expect(code).toBe(0)
    const json = JSON.parse(out) as Json
    expect(json.answers).toEqual([
      { question: 'career-goals', file: 'career-goals.txt' },
      { question: 'five-years', file: 'plan.txt' },
    ])
    expect(json.contradictions).toHaveLength(1)
    const [c] = json.contradictions
    expect(c?.kind).toBe('target-role')
    expect(c?.suggestion).toMatch(/one target role/)
    expect(c?.spans.map((s) => `${s.question} ${s.span.join('-')} ${s.text}`)).toEqual([
      'career-goals 19-34 product manager',
      'five-years 29-43 data scientist',
    ])
  })

  it('explains the contradiction in words, pointing at file, line and column', async () => {
    const { code, out } = await run(['career-goals.txt', 'five-years=plan.txt'])
    expect(code).toBe(0)
    expect(out).toContain('1 contradiction:')
    expect(out).toContain('"data scientist" (plan.txt:1:30)')
    expect(out).toContain('Try: Pick one target role')
  })

  it('says so when the answers tell one story, reading the kind from the file name', async () => {
    const { code, out } = await run(['career-goals.txt', 'five-years-acme.txt', '--json'])
    expect(code).toBe(0)
    expect((JSON.parse(out) as Json).contradictions).toEqual([])
    expect((await run(['career-goals.txt', 'five-years-acme.txt'])).out).toContain(
      'No contradictions',
    )
  })

  it('exits 2 when a kind is unknown or missing, a file is absent, or one answer is given', async () => {
    const unknown = await run(['career-goals.txt', 'ten-years=plan.txt'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/'ten-years' is not a question kind/)
    const unnamed = await run(['career-goals.txt', 'notes.txt'])
    expect(unnamed.code).toBe(2)
    expect(unnamed.err).toMatch(/which question notes.txt answers/)
    const absent = await run(['career-goals.txt', 'why-here=gone.txt'])
    expect(absent.code).toBe(2)
    expect(absent.err).toMatch(/gone.txt: no such file/)
    expect((await run(['career-goals.txt'])).code).toBe(2)
    expect((await run(['career-goals.txt', 'plan.txt', '--loud'])).code).toBe(2)
  })
})

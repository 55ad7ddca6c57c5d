import { describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/run-cli.js'

const run = (argv: string[], stdin = '') => runCli(['honest', ...argv], { stdin })

const REASONS =
  'I want to get very good at brand strategy. One day I want my own studio. Honestly the pay matters most.'

describe('headway honest', () => {
  it('prints the interview version and what was left out and why as JSON', async () => {
    const { code, out } = await run(['--json', '--role', 'Brand Designer', '-'], REASONS)
    expect(code).toBe(0)
    const json = JSON.parse(out) as {
      interview: string
      leftOut: { text: string; why: string; explanation: string }[]
    }
    expect(json.interview).toBe('I want to get very good at brand strategy.')
    expect(json.leftOut.map((l) => `${l.why}: ${l.text}`)).toEqual([
      'off-role: One day I want my own studio.',
      'salary-title: Honestly the pay matters most.',
    ])
    expect(json.leftOut[0]?.explanation).toContain('Brand Designer role')
  })

  it('explains in words what it reframed', async () => {
    const { code, out } = await run(['-'], REASONS)
    expect(code).toBe(0)
    expect(out).toMatch(/^Interview version:\n {2}I want to get very good at brand strategy\./)
    expect(out).toContain('"One day I want my own studio." (a plan beyond the role)')
  })

  it('says what to write when nothing can be kept', async () => {
    const { code, out } = await run(['--json', '-'], 'I want to retire at forty.')
    expect(code).toBe(0)
    expect(JSON.parse(out).placeholder).toBe('[the part of this goal you can pursue in the role]')
  })

  it('exits 2 on empty input, an empty --role or a bad flag', async () => {
    expect((await run(['-'], '  ')).code).toBe(2)
    expect((await run(['--role', ' ', '-'], REASONS)).code).toBe(2)
    const bad = await run(['--loud', '-'], REASONS)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/loud/)
  })
})

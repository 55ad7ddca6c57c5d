import { describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/run-cli.js'

const run = (argv: string[], stdin = '') => runCli(argv, { stdin })

const STORY =
  'In my previous role our returns backlog reached 900 parcels. I was responsible for clearing it. I set up a second sorting shift and I rewrote the label checks. As a result the backlog fell to 60 in a month.'

describe('headway story', () => {
  it('prints the four parts with their words and exits 0', async () => {
    const { code, out } = await run(['story', '-'], STORY)
    expect(code).toBe(0)
    expect(out).toMatch(/^STAR story: strong/)
    expect(out).toContain('action     found: "I set"')
  })

  it('prints the critique as JSON with --json', async () => {
    const { code, out } = await run(['story', '--json', '-'], 'We fixed the rota.')
    expect(code).toBe(0)
    const story = JSON.parse(out)
    expect(story.parts.situation).toEqual([])
    expect(story.findings.map((f: { rule: string }) => f.rule)).toContain('star-situation')
  })

  it('exits 2 with a message on empty input or a bad flag', async () => {
    expect((await run(['story', '-'], '   ')).code).toBe(2)
    const bad = await run(['story', '--loud'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/loud/)
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/run-cli.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const P = 'test/fixtures/profiles'

const run = (argv: string[], cwd = root) =>
  runCli(argv, { cwd, env: { HEADWAY_TODAY: '2026-11-25' } })

describe('headway draft', () => {
  it('prints {drafts: [{length, text, seconds, report}], placeholders} with --json', async () => {
    const { code, out } = await run([
      'draft',
      '--profile',
      `${P}/ana-backend.json`,
      '--company',
      `${P}/companies/ledgerly.json`,
      '--json',
    ])
    expect(code).toBe(0)
    const json = JSON.parse(out) as {
      drafts: Array<{ length: number; text: string; seconds: number; report: { verdict: string } }>
      placeholders: unknown[]
    }
    expect(json.drafts.map((d) => d.length)).toEqual([30, 60, 90])
    for (const d of json.drafts) {
      expect(d.text).toContain('Ledgerly')
      expect(d.seconds).toBeGreaterThan(20)
      expect(d.report.verdict).toBe('strong')
    }
    expect(json.placeholders).toEqual([])
  })

  it('drafts from a JSON Resume plus goals on the command line', async () => {
    const { code, out } = await run([
      'draft',
      '--resume',
      'test/fixtures/resumes/complete.json',
      '--goal',
      'Lead the analytics team within five years',
      '--goal',
      'Learn Python for data analysis next year',
      '--company',
      `${P}/companies/brightpath.json`,
      '--length',
      '60',
    ])
    expect(code).toBe(0)
    expect(out).toContain('about 60 seconds')
    expect(out).toContain('Harbor Retail')
    expect(out).toContain('lead the analytics team within five years')
  })

  it('lists placeholders when inputs are missing', async () => {
    const { code, out } = await run([
      'draft',
      '--profile',
      `${P}/sam-minimal.json`,
      '--company',
      `${P}/companies/sparse.json`,
    ])
    expect(code).toBe(0)
    expect(out).toContain('To fill in:')
    expect(out).toContain('[your first-year goal]')
  })

  it('drafts the questions asked for, each leading with its own thing', async () => {
    const { code, out } = await run([
      'draft',
      '--profile',
      `${P}/ana-backend.json`,
      '--company',
      `${P}/companies/ledgerly.json`,
      '--question',
      'five-years',
      '--question',
      'why-here',
      '--length',
      '60',
    ])
    expect(code).toBe(0)
    expect(out).toContain('── five-years, about 60 seconds')
    expect(out).toContain('── why-here, about 60 seconds')
    expect(out).not.toContain('── career-goals')
    expect(out).toMatch(/five-years.*\n.*path I see/)
    expect(
      await run([
        'draft',
        '--goal',
        'x',
        '--company',
        `${P}/companies/ledgerly.json`,
        '--question',
        'why-now',
      ]),
    ).toMatchObject({ code: 2, err: expect.stringContaining('--question must be career-goals') })
  })

  it('says first when the goal and the company pull apart', async () => {
    const { code, out } = await run([
      'draft',
      '--profile',
      `${P}/malik-teacher-to-data.json`,
      '--company',
      `${P}/companies/ledgerly.json`,
    ])
    expect(code).toBe(0)
    expect(out.split('\n')[0]).toMatch(
      /^Before you use these drafts: Your long-term goal names healthcare/,
    )
    expect(out).toContain('lead analytics')
  })

  it('refuses bad usage with exit 2 and a clear message', async () => {
    expect(await run(['draft', '--goal', 'x'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--company DOSSIER.json is required'),
    })
    expect(await run(['draft', '--company', `${P}/companies/ledgerly.json`])).toMatchObject({
      code: 2,
      err: expect.stringContaining('give --profile'),
    })
    expect(
      await run([
        'draft',
        '--goal',
        'x',
        '--company',
        `${P}/companies/ledgerly.json`,
        '--length',
        '45',
      ]),
    ).toMatchObject({ code: 2, err: expect.stringContaining('--length must be 30, 60 or 90') })
    expect(await run(['draft', '--goal', 'x', '--company', 'nope.json'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('no such file'),
    })
    const dir = mkdtempSync(join(tmpdir(), 'headway-draft-'))
    writeFileSync(join(dir, 'bad.json'), '{"name": ')
    writeFileSync(join(dir, 'wrong.json'), '{"name": 3}')
    writeFileSync(join(dir, 'resume.json'), '[1]')
    expect(await run(['draft', '--goal', 'x', '--company', 'bad.json'], dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('not valid JSON'),
    })
    expect(await run(['draft', '--goal', 'x', '--company', 'wrong.json'], dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('not a valid dossier'),
    })
    expect(
      await run(
        ['draft', '--resume', 'resume.json', '--company', join(root, P, 'companies/ledgerly.json')],
        dir,
      ),
    ).toMatchObject({ code: 2, err: expect.stringContaining('holds a list') })
  })
})

describe('headway goals', () => {
  it('runs the SMART check with fixes', async () => {
    const { code, out } = await run(['goals', 'check', `${P}/ana-backend.json`])
    expect(code).toBe(0)
    expect(out).toContain('✗ measurable')
    expect(out).toContain('→ Add a finish line')
    expect(out).toContain('progress 50% of 2 milestones')
  })

  it('prints a roadmap and an .ics calendar', async () => {
    const roadmap = await run([
      'goals',
      'roadmap',
      `${P}/ana-backend.json`,
      '--company',
      `${P}/companies/ledgerly.json`,
      '--json',
    ])
    expect(roadmap.code).toBe(0)
    expect(JSON.parse(roadmap.out)[1].certifications[0].text).toContain('Kubernetes')
    const ics = await run(['goals', 'ics', `${P}/ana-backend.json`])
    expect(ics.code).toBe(0)
    expect(ics.out).toContain('UID:g2.m1@headway')
    expect(ics.out.match(/BEGIN:VEVENT/g)).toHaveLength(4)
    expect(await run(['goals', 'ics', `${P}/rosa-designer.json`])).toMatchObject({
      code: 2,
      err: expect.stringContaining('nothing to put in a calendar'),
    })
  })

  it('refuses a missing action or file', async () => {
    expect(await run(['goals', 'plan', 'x.json'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('expected check, roadmap or ics'),
    })
    expect(await run(['goals', 'check'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('needs a FILE.json'),
    })
    const dir = mkdtempSync(join(tmpdir(), 'headway-goals-'))
    writeFileSync(join(dir, 'p.json'), '{"profile": {}, "goals": [{"id": "g1"}]}')
    expect(await run(['goals', 'check', 'p.json'], dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('goals.0.text'),
    })
  })
})

describe('headway align', () => {
  it('prints matches with why, gaps, talking points and questions', async () => {
    const { code, out } = await run([
      'align',
      '--profile',
      `${P}/ana-backend.json`,
      '--company',
      `${P}/companies/ledgerly.json`,
    ])
    expect(code).toBe(0)
    expect(out).toContain('why: both name TypeScript')
    expect(out).toMatch(/Gaps[^\n]*\n(?:.*\n)*\s+- Kubernetes/)
    expect(out).toContain('Questions to ask:')
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCompany } from '../../src/cli/read-company.js'
import { dossierSchema } from '../../src/core/contracts/dossier.js'
import { runCli } from '../helpers/run-cli.js'
import { COMPANY_FIXTURES, JOB_FIXTURES } from './fixture-runner.js'

const run = (argv: string[], stdin = '') =>
  runCli(['company', ...argv], { stdin, cwd: COMPANY_FIXTURES })

let server: Server
let base: string
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(
      '<title>Acme</title><h2>Our values</h2><ul><li>Bake daily</li><li>Share the oven</li></ul>',
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('headway company', () => {
  it('prints a readable dossier with source quotes', async () => {
    const { code, out } = await run(['values-verbs/page.html'])
    expect(code).toBe(0)
    expect(out).toMatch(/^Tallyho\n/)
    expect(out).toContain('• Disagree and commit: Argue hard while the decision is open.')
    expect(out).toMatch(
      /“Disagree and commit\. Argue hard.*” \[heading:leadership-principles bold-lead @\d+\]/,
    )
  })

  it('prints JSON that analyze --company accepts', async () => {
    const { code, out } = await run([
      'values-cards/page.html',
      '--job',
      join(JOB_FIXTURES, 'backend-engineer.md'),
      '--json',
    ])
    expect(code).toBe(0)
    const dossier = dossierSchema.parse(JSON.parse(out))
    expect(dossier.job?.title).toBe('Senior Backend Engineer')
    const dir = mkdtempSync(join(tmpdir(), 'headway-dossier-'))
    writeFileSync(join(dir, 'd.json'), out)
    const context = await readCompany('d.json', dir)
    expect(context.company?.values?.length).toBe(4)
  })

  it('reads a job alone, a page from stdin, and a loopback URL only with --allow-loopback', async () => {
    const job = await run(['--job', join(JOB_FIXTURES, 'teacher.txt')])
    expect(job.out).toContain('Role: Year 5 Teacher')
    const piped = await run(['-', '--json'], 'Our values are safety, punctuality, and respect.')
    expect(JSON.parse(piped.out).values).toHaveLength(3)
    const url = await run([`${base}/`, '--allow-loopback', '--json'])
    expect(JSON.parse(url.out).values.map((v: { name: string }) => v.name)).toEqual([
      'Bake daily',
      'Share the oven',
    ])
    const refused = await run([`${base}/`])
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/loopback address.*--allow-loopback/)
  })

  it('reports usage errors with exit 2 and bad pages as warnings', async () => {
    expect((await run([])).code).toBe(2)
    expect((await run(['--nope'])).code).toBe(2)
    expect((await run(['a.html', 'b.html'])).code).toBe(2)
    const missing = await run(['missing.html'])
    expect(missing).toMatchObject({ code: 2, err: 'headway company: missing.html: no such file\n' })
    expect((await run(['ftp://example.test/'])).code).toBe(2)
    const empty = await run(['empty-page/page.html'])
    expect(empty.code).toBe(0)
    expect(empty.out).toContain('! the page has no readable text')
    const binary = await run(['-'], '\u0000\u0001PNG\u0000')
    expect(binary.out).toContain('! the page looks binary')
  })
})

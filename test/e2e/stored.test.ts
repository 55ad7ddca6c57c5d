import { sql } from 'kysely'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { routeTable } from '../../src/server/routes/table.js'
import { Client, seedViaApi } from '../server/harness.js'
import { type App, ensureWebBuilt, launchBrowser, skipBrowser, startApp } from './harness.js'

/**
 * Stored content rendered by every screen (issue 18, finding 5): what the API
 * accepts, and what an older version may have stored, must never blank a screen.
 * Each screen is opened after the data is in place; the page must raise no error
 * and no Content Security Policy violation (zod's `new Function` probe was one).
 */
const SCREENS = [
  'home',
  'me',
  'goals',
  'company',
  'align',
  'answer',
  'practice',
  'account',
  'coach',
  'prep',
] as const

describe.skipIf(skipBrowser)('stored content on every screen', { timeout: 120_000 }, () => {
  let app: App
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page
  const pageErrors: string[] = []
  const cspViolations: string[] = []

  beforeAll(async () => {
    ensureWebBuilt()
    app = await startApp('local')
    const client = new Client(app.url)
    await client.me()
    await seedViaApi(client, routeTable)
    browser = await launchBrowser({ width: 1280, height: 900 })
    page = browser.context.pages()[0] ?? (await browser.context.newPage())
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await page.exposeFunction('reportCspViolation', (v: string) => cspViolations.push(v))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { reportCspViolation(v: string): void })
          .reportCspViolation
        report(`${e.violatedDirective} ${e.blockedURI}`)
      })
    })
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  // A fresh document each time (a new query string), so stored data is read anew.
  let loads = 0
  const open = async (screen: string) => {
    loads += 1
    await page.goto(`${app.url}/?load=${loads}#/${screen}`)
    await page.locator('main h1').first().waitFor()
    await page.waitForFunction(
      () => !document.querySelector('main')?.textContent?.includes('Loading…'),
    )
  }

  it('shows every screen over the examples the API documents', async () => {
    for (const screen of SCREENS) await open(screen)
    await page.getByTestId('prep-sheet').waitFor()
    expect(pageErrors).toEqual([])
    expect(cspViolations).toEqual([])
  })

  it('shows the Prep screen, and then Goals, over a sheet an older version stored free-form', async () => {
    // The API's former example: accepted as free-form JSON before issue 18.
    const content = { answer: 'In two years…', questions: ['Where is the team headed?'] }
    const row = await sql<{ data: string }>`select data from prep_sheet`.execute(app.db)
    const data = JSON.parse(row.rows[0]?.data ?? '{}')
    await sql`update prep_sheet set data = ${JSON.stringify({ ...data, content })}`.execute(app.db)
    await open('prep')
    await page.getByTestId('prep-sheet-unreadable').waitFor()
    await expect(
      page.getByRole('button', { name: /Rebuild the prep sheet/ }).count(),
    ).resolves.toBe(1)
    await open('goals')
    await expect(page.locator('main h1').first().textContent()).resolves.toMatch(/Goals/)
    await open('account')
    await page
      .getByRole('region', { name: /Prep sheets/ })
      .getByText('Prep sheet', { exact: true })
      .waitFor()
    expect(pageErrors).toEqual([])
    expect(cspViolations).toEqual([])
  })

  it('refuses that free-form sheet on the way in now, naming the field', async () => {
    const client = new Client(app.url)
    await client.me()
    const apps = await client.get('/api/applications')
    const reply = await client.post('/api/prep-sheets', {
      applicationId: apps.json[0].id,
      content: { answer: 'In two years…', questions: ['Where is the team headed?'] },
    })
    expect([reply.status, reply.json.error.code]).toEqual([400, 'validation'])
    expect(reply.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['content.title'])
  })
})

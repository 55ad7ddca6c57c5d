import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { audit } from './axe.js'
import {
  type App,
  ensureWebBuilt,
  launchBrowser,
  screenshotPath,
  skipBrowser,
  startApp,
} from './harness.js'

const PASSWORD = 'a long passphrase for headway 7'

describe.skipIf(skipBrowser)(
  'server mode in the browser: accounts and isolation',
  { timeout: 60_000 },
  () => {
    let app: App
    let browser: Awaited<ReturnType<typeof launchBrowser>>
    let a: Page
    let b: Page
    let goalId = ''

    beforeAll(async () => {
      ensureWebBuilt()
      app = await startApp('server')
      browser = await launchBrowser()
      a = await browser.context.newPage()
      b = await (await browser.person()).newPage()
    })

    afterAll(async () => {
      await browser?.close()
      await app?.close()
    })

    async function signUp(page: Page, email: string) {
      await page.goto(app.url)
      await page.getByRole('heading', { name: 'Log in' }).waitFor()
      await page.getByRole('button', { name: /Create an account/ }).click()
      await page.getByLabel('Email').fill(email)
      await page.getByLabel(/^Password/).fill(PASSWORD)
      await page.getByRole('button', { name: 'Create account' }).click()
      await page.getByText(`Signed in as ${email}`).waitFor()
    }

    it('signs up, keeps data across log out and log in', async () => {
      await a.goto(app.url)
      await a.getByRole('heading', { name: 'Log in' }).waitFor()
      await a.screenshot({ path: screenshotPath('8-login'), fullPage: true })
      const violations = await audit(a)
      expect(violations.filter((v) => v.impact === 'critical')).toEqual([])

      await signUp(a, 'ana@example.com')
      await a.goto(`${app.url}/#/goals`)
      await a.getByLabel(/^Goal/).fill('Become a data engineer on a health product team by 2028')
      await a.getByRole('button', { name: 'Add goal' }).click()
      await a.getByRole('heading', { level: 2, name: /Become a data engineer/ }).waitFor()
      goalId = await a.evaluate(async () => {
        const goals = (await (await fetch('/api/goals')).json()) as { id: string }[]
        return goals[0]?.id ?? ''
      })
      expect(goalId).not.toBe('')

      await a.getByRole('button', { name: 'Log out' }).click()
      await a.getByRole('heading', { name: 'Log in' }).waitFor()
      await a.getByLabel('Email').fill('ana@example.com')
      await a.getByLabel(/^Password/).fill('not the password at all')
      await a.getByRole('button', { name: 'Log in' }).click()
      await expect(a.getByRole('alert').textContent()).resolves.toMatch(/Could not log in\..+/)
      await a.getByLabel(/^Password/).fill(PASSWORD)
      await a.getByRole('button', { name: 'Log in' }).click()
      await a.getByText('Signed in as ana@example.com').waitFor()
      await a.goto(`${app.url}/#/goals`)
      await a.getByRole('heading', { level: 2, name: /Become a data engineer/ }).waitFor()
      // The session ends behind the page's back: the next call brings the log-in screen.
      await browser.context.clearCookies()
      await a.getByRole('link', { name: /Company/ }).click()
      await a.getByRole('heading', { name: 'Log in' }).waitFor()
    })

    it("a second account sees none of the first one's data", async () => {
      await signUp(b, 'ben@example.com')
      await b.goto(`${app.url}/#/goals`)
      await b.getByRole('heading', { name: 'Add a goal' }).waitFor()
      await b
        .getByRole('status')
        .filter({ hasText: 'Loading your goals' })
        .waitFor({ state: 'detached' })
      await expect(
        b.getByRole('heading', { level: 2, name: /Become a data engineer/ }).count(),
      ).resolves.toBe(0)
      await b.screenshot({ path: screenshotPath('9-second-account-goals'), fullPage: true })
      const status = await b.evaluate(
        async (id) => (await fetch(`/api/goals/${id}`)).status,
        goalId,
      )
      expect(status).toBe(404)
      const list = await b.evaluate(
        async () => (await (await fetch('/api/goals')).json()) as unknown[],
      )
      expect(list).toEqual([])
    })
  },
)

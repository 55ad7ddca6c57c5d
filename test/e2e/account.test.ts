import type { BrowserContext, Page } from 'playwright-core'
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

/**
 * The account and coaching screens as people use them, in server mode: a coach reads a
 * student's work and cannot change it; a person imports an export into a fresh account,
 * changes the password, deletes an interview and undoes it, and deletes the account.
 */

const PASSWORD = 'a long passphrase for headway 7'
const NEW_PASSWORD = 'another long passphrase 8'
const ANSWER = 'In two years I want to lead the payments team, and grow it with Acme.'

/** Call the API from the page, as the app would (session cookie and CSRF token). */
async function call(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/auth/me')).json()
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken ?? '' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const text = await res.text()
      return { status: res.status, json: text ? JSON.parse(text) : null }
    },
    { method, path, body },
  )
}

/** A student's work: a company, an interview, its prep sheet, an answer with a version, practice. */
async function seedStudent(page: Page): Promise<{ sheet: string; application: string }> {
  const company = await call(page, 'POST', '/api/companies', {
    name: 'Acme',
    dossier: {
      name: 'Acme',
      mission: null,
      vision: null,
      values: [],
      culture: [],
      initiatives: [],
      products: [],
      job: null,
      warnings: [],
    },
  })
  const application = await call(page, 'POST', '/api/applications', {
    companyId: company.json.id,
    role: 'Backend engineer',
    status: 'interviewing',
  })
  const sheet = await call(page, 'POST', '/api/prep-sheets', {
    applicationId: application.json.id,
    content: {
      title: 'Prep: Backend engineer at Acme',
      answer: ANSWER,
      questions: ['Where is the payments team headed?'],
    },
  })
  const answer = await call(page, 'POST', '/api/answers', {
    question: 'career-goals',
    title: 'Acme: career goals',
    applicationId: application.json.id,
  })
  await call(page, 'POST', `/api/answers/${answer.json.id}/versions`, { text: ANSWER })
  await call(page, 'POST', '/api/practice', {
    question: 'What are your career goals?',
    questionKind: 'career-goals',
    transcript: ANSWER,
    seconds: 12,
    metrics: { wpm: 120 },
  })
  expect(sheet.status).toBe(201)
  return { sheet: sheet.json.id, application: application.json.id }
}

describe.skipIf(skipBrowser)('account and coaching in the browser', { timeout: 120_000 }, () => {
  let app: App
  let browser: Awaited<ReturnType<typeof launchBrowser>>

  beforeAll(async () => {
    ensureWebBuilt()
    app = await startApp('server')
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  async function signUp(context: BrowserContext, email: string): Promise<Page> {
    const page = await context.newPage()
    await page.goto(app.url)
    await page.getByRole('button', { name: /Create an account/ }).click()
    await page.getByLabel('Email').fill(email)
    await page.getByLabel(/^Password/).fill(PASSWORD)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByText(`Signed in as ${email}`).waitFor()
    return page
  }

  async function noSeriousAxe(page: Page) {
    const violations = await audit(page)
    expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([])
  }

  it("a coach reads a student's prep sheet, answers and practice, and cannot change them", async () => {
    const coach = await signUp(await browser.person(), 'coach@example.com')
    const student = await signUp(await browser.person(), 'student@example.com')
    const ids = await seedStudent(student)

    await student.goto(`${app.url}/#/account`)
    await student.getByLabel(/Invite a coach/).fill('coach@example.com')
    await student.getByRole('button', { name: 'Invite' }).click()
    await student.getByTestId('coach-invites').getByText('coach@example.com').waitFor()

    await coach.getByRole('link', { name: 'Coaching' }).click()
    await coach.getByRole('heading', { level: 1, name: 'Coaching' }).waitFor()
    const view = coach.getByTestId('student-view')
    await view.getByRole('heading', { name: 'student@example.com' }).waitFor()
    const sheet = view.getByTestId('coach-prep-sheet')
    await sheet.getByRole('heading', { name: 'Prep: Backend engineer at Acme' }).waitFor()
    await expect(sheet.textContent()).resolves.toContain(ANSWER)
    await expect(sheet.textContent()).resolves.toContain('Where is the payments team headed?')
    const answer = view.getByTestId('coach-answer')
    await expect(answer.textContent()).resolves.toMatch(
      /Score \d+ \((strong|solid|needs-work|weak)\)/,
    )
    await expect(answer.textContent()).resolves.toContain('Backend engineer at Acme')
    await view.getByRole('cell', { name: 'What are your career goals?' }).waitFor()
    // Read-only: nothing in the student's view can be edited or pressed.
    await expect(
      view.locator('input, textarea, select, button, [contenteditable]').count(),
    ).resolves.toBe(0)
    await coach.screenshot({ path: screenshotPath('account-coach'), fullPage: true })
    await noSeriousAxe(coach)

    // And the server refuses the coach's writes: the sheet stays as the student left it.
    const put = await call(coach, 'PUT', `/api/prep-sheets/${ids.sheet}`, {
      applicationId: ids.application,
      content: { title: 'Changed by the coach' },
    })
    const del = await call(coach, 'DELETE', `/api/applications/${ids.application}`)
    expect([put.status, del.status]).toEqual([404, 404])
    await coach.reload()
    await sheet.getByRole('heading', { name: 'Prep: Backend engineer at Acme' }).waitFor()
    const own = await call(student, 'GET', `/api/prep-sheets/${ids.sheet}`)
    expect(own.json.content.title).toBe('Prep: Backend engineer at Acme')

    // Revoked: the coach sees nobody.
    await student.reload()
    await student.getByRole('button', { name: 'Revoke access for coach@example.com' }).click()
    await student.getByText('No coach can see your data.').waitFor()
    await coach.reload()
    await coach.getByText('Nobody has invited you yet.').waitFor()
  })

  it('imports an export into a fresh account, changes the password, deletes an interview and undoes it, deletes the account', async () => {
    const source = await signUp(await browser.person(), 'source@example.com')
    await seedStudent(source)
    const exported = (await call(source, 'GET', '/api/export')).json

    const context = await browser.person()
    const page = await signUp(context, 'fresh@example.com')
    await page.getByRole('link', { name: 'Account' }).click()
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor()
    await page.getByLabel(/Import an export/).setInputFiles({
      name: 'headway-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    })
    await page.getByRole('button', { name: 'Import the file' }).click()
    await expect(page.getByTestId('import-result').textContent()).resolves.toMatch(
      /Imported companies: 1, interviews: 1, answers: 1, practice attempts: 1, prep sheets: 1, answer versions: 1\./,
    )
    const interviews = page.getByRole('region', { name: /Interviews/ })
    await interviews.getByText('Backend engineer at Acme').waitFor()
    const sheets = page.getByRole('region', { name: /Prep sheets/ })
    await sheets.getByText('Prep: Backend engineer at Acme').waitFor()

    await page.getByLabel('Current password').fill(PASSWORD)
    await page.getByLabel(/^New password/).fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Change password' }).click()
    await page.getByText('Password changed.').waitFor()

    // Delete the interview: its prep sheet goes with it; Undo brings both back.
    await page
      .getByRole('button', { name: 'Delete the interview “Backend engineer at Acme”' })
      .click()
    await page
      .getByTestId('undo-toast')
      .getByText(/Deleted the interview/)
      .waitFor()
    await interviews.getByText('None.').waitFor()
    await sheets.getByText('None.').waitFor()
    await noSeriousAxe(page)
    await page.screenshot({ path: screenshotPath('account-undo'), fullPage: true })
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click()
    await page.getByText('Restored.').waitFor()
    await interviews.getByText('Backend engineer at Acme').waitFor()
    await sheets.getByText('Prep: Backend engineer at Acme').waitFor()
    const restored = (await call(page, 'GET', '/api/export')).json
    expect(restored.prepSheets).toEqual(exported.prepSheets)
    expect(restored.applications).toEqual(exported.applications)
    expect(restored.answers).toEqual(exported.answers)

    // The new password works; the old one does not.
    await page.getByRole('button', { name: 'Log out' }).click()
    await page.getByRole('heading', { name: 'Log in' }).waitFor()
    await page.getByLabel('Email').fill('fresh@example.com')
    await page.getByLabel(/^Password/).fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByRole('alert').waitFor()
    await page.getByLabel(/^Password/).fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByRole('link', { name: 'Account' }).click()

    // Delete the account: the button waits for the typed email.
    const remove = page.getByRole('button', { name: 'Delete my account' })
    await expect(remove.isDisabled()).resolves.toBe(true)
    await page.getByLabel(/Type fresh@example.com to confirm/).fill('fresh@example.co')
    await expect(remove.isDisabled()).resolves.toBe(true)
    await page.getByLabel(/Type fresh@example.com to confirm/).fill('fresh@example.com')
    await remove.click()
    await page.getByRole('heading', { name: 'Log in' }).waitFor()
    await page.getByLabel('Email').fill('fresh@example.com')
    await page.getByLabel(/^Password/).fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Could not log in/)
  })

  it('in local mode, offers the data file, the list with undo and deleting it all, without password or coaches', async () => {
    const local = await startApp('local')
    try {
      const page = await (await browser.person()).newPage()
      await page.goto(`${local.url}/#/account`)
      await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor()
      await page.getByRole('button', { name: 'Download my data' }).waitFor()
      await expect(page.getByRole('heading', { name: 'Change password' }).count()).resolves.toBe(0)
      await expect(page.getByRole('heading', { name: 'Your coaches' }).count()).resolves.toBe(0)
      await expect(page.getByRole('link', { name: 'Coaching' }).count()).resolves.toBe(0)
      await call(page, 'POST', '/api/goals', {
        text: 'Lead a payments team by 2030',
        type: 'position',
        horizon: 'long',
      })
      await page.reload()
      const goals = page.getByRole('region', { name: /Goals/ })
      await goals.getByText('Lead a payments team by 2030').waitFor()
      await noSeriousAxe(page)
      const remove = page.getByRole('button', { name: 'Delete all my data' })
      await expect(remove.isDisabled()).resolves.toBe(true)
      await page.getByLabel(/Type delete to confirm/).fill('delete')
      await remove.click()
      await page
        .getByRole('heading', { level: 1, name: 'Your path to a strong career-goals answer' })
        .waitFor()
      await expect((await call(page, 'GET', '/api/goals')).json).toEqual([])
    } finally {
      await local.close()
    }
  })
})

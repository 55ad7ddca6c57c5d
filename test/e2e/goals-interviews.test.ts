import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../../src/core/critique/analyze.js'
import { Client } from '../server/harness.js'
import { audit } from './axe.js'
import {
  type App,
  ensureWebBuilt,
  launchBrowser,
  screenshotPath,
  skipBrowser,
  startApp,
} from './harness.js'

const dossier = (name: string) => ({
  name,
  mission: null,
  vision: null,
  values: [{ name: 'Patients first', source: { quote: 'Patients first', start: 0, end: 14 } }],
  culture: [],
  initiatives: [],
  products: [],
  job: null,
  warnings: [],
})

const ASPIRATION =
  'My long-term goal is to lead a clinic analytics team that improves patient outcomes.'
const TIE =
  'Lumen Health’s promise to put patients first matches how I work, and I would contribute by cutting the time your clinics wait for reports.'
/** Saved first and scored higher: the version the prep sheet must use. */
const BEST = `I studied biology and worked in a clinic lab for three years. ${ASPIRATION} In the next two years I plan to master SQL modelling and earn the dbt certification. ${TIE}`
/** Saved last and scored lower: the latest, not the best. */
const LATEST =
  'I guess I kind of want to grow professionally and be successful. Maybe I will learn things.'
const JOB = readFileSync(join(import.meta.dirname, 'fixtures', 'job.txt'), 'utf8')
const context = { question: 'career-goals', company: { name: 'Lumen Health' } } as const

describe.skipIf(skipBrowser)(
  'goals, interviews and the prep sheet are edited as a person would',
  { timeout: 90_000 },
  () => {
    let app: App
    let browser: Awaited<ReturnType<typeof launchBrowser>>
    let page: Page
    let client: Client
    const pageErrors: string[] = []

    beforeAll(async () => {
      ensureWebBuilt()
      app = await startApp('local')
      client = new Client(app.url)
      await client.me()
      const lumen = await client.post('/api/companies', {
        name: 'Lumen Health',
        dossier: dossier('Lumen Health'),
      })
      const other = await client.post('/api/companies', {
        name: 'Other Co',
        dossier: dossier('Other Co'),
      })
      const analyst = await client.post('/api/applications', {
        companyId: lumen.json.id,
        role: 'Data analyst',
        interviewDate: '2026-12-10',
      })
      await client.post('/api/applications', { companyId: other.json.id, role: 'Designer' })
      const answer = await client.post('/api/answers', {
        question: 'career-goals',
        title: 'Career goals for Lumen',
        applicationId: analyst.json.id,
      })
      for (const text of [BEST, LATEST])
        expect(
          (await client.post(`/api/answers/${answer.json.id}/versions`, { text, context })).status,
        ).toBe(201)
      browser = await launchBrowser()
      page = browser.context.pages()[0] ?? (await browser.context.newPage())
      page.on('pageerror', (e) => pageErrors.push(e.message))
    })

    afterAll(async () => {
      await browser?.close()
      await app?.close()
    })

    afterEach(async (ctx) => {
      if (ctx.task.result?.state === 'fail' && page) {
        const name = ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 40)
        await page.screenshot({ path: screenshotPath(`failed-${name}`), fullPage: true })
      }
    })

    const go = async (hash: string, heading: RegExp) => {
      await page.goto(`${app.url}/?at=${Date.now()}#/${hash}`)
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
    }

    it('the seeded versions really score best-first, latest-worse', () => {
      expect(analyze(BEST, context).score).toBeGreaterThan(analyze(LATEST, context).score)
    })

    it('edits a goal’s text and horizon, then edits and deletes a milestone', async () => {
      await go('goals', /2\. Goals/)
      const guiding = page.getByTestId('guiding-questions')
      await expect(guiding.textContent()).resolves.toMatch(/within one or two years/)
      await page.getByLabel('Horizon').selectOption('long')
      await expect(guiding.textContent()).resolves.toMatch(/five to ten years/)
      await page.getByLabel(/^Goal/).fill('Lead a clinic analytics team by 2031')
      await page.getByRole('button', { name: 'Add goal' }).click()
      const card = page.getByTestId('goal')
      await card
        .getByRole('heading', { level: 2, name: 'Lead a clinic analytics team by 2031' })
        .waitFor()
      await expect(card.textContent()).resolves.toContain('long term')

      await card.getByRole('button', { name: 'Edit goal' }).click()
      const edit = card.getByRole('form', { name: 'Edit the goal' })
      await edit.getByLabel(/^Goal/).fill('Earn the dbt certification and own the clinic reports')
      await edit.getByLabel('Horizon').selectOption('short')
      await expect(edit.getByTestId('guiding-questions').textContent()).resolves.toMatch(
        /within one or two years/,
      )
      await edit.getByRole('button', { name: 'Save goal' }).click()
      const edited = 'Earn the dbt certification and own the clinic reports'
      await card.getByRole('heading', { level: 2, name: edited }).waitFor()
      await expect(card.textContent()).resolves.toContain('short term')

      await card.getByLabel('New milestone').fill('Finish the dbt course')
      await card.getByRole('button', { name: 'Add milestone' }).click()
      await card.getByRole('button', { name: 'Edit milestone “Finish the dbt course”' }).click()
      const m = card.getByRole('form', { name: 'Edit milestone “Finish the dbt course”' })
      await m.getByLabel('Milestone').fill('Pass the dbt exam')
      await m.getByLabel('Due date').fill('2027-03-31')
      await m.getByRole('button', { name: 'Save milestone' }).click()
      await card.getByText('Pass the dbt exam').waitFor()
      await card.getByText('(due 2027-03-31)').waitFor()
      expect(await audit(page).then((v) => v.filter((x) => x.impact === 'critical'))).toEqual([])

      // Stored, not only shown: a fresh page reads it back.
      await go('goals', /2\. Goals/)
      await card.getByRole('heading', { level: 2, name: edited }).waitFor()
      await card.getByText('Pass the dbt exam').waitFor()
      await card.getByRole('button', { name: 'Delete milestone “Pass the dbt exam”' }).click()
      await expect.poll(() => card.getByText('Pass the dbt exam').count()).toBe(0)
      const goals =
        (await client.get('/api/goals')).json.items ?? (await client.get('/api/goals')).json
      expect(goals[0]).toMatchObject({ text: edited, horizon: 'short', milestones: [] })
    })

    it('edits an interview and adds a second role that reuses the dossier', async () => {
      await go('company', /3\. Company/)
      await page.locator('#company-pick').selectOption({ label: 'Lumen Health' })
      const interviews = page.getByTestId('interviews')
      await interviews.getByRole('button', { name: 'Edit the interview for Data analyst' }).click()
      const form = interviews.getByRole('form', { name: 'Save interview' })
      await form.getByLabel('Role', { exact: true }).fill('Clinic data analyst')
      await form.getByLabel('Interview on').fill('2026-12-15')
      await form.getByRole('button', { name: 'Save interview' }).click()
      await interviews.getByText(/Clinic data analyst, interview 2026-12-15/).waitFor()

      const another = interviews.getByRole('form', { name: 'Add this role' })
      await another.getByLabel('Role', { exact: true }).fill('Analytics engineer')
      await another.getByLabel(/^Its job description/).fill(JOB)
      await another.getByRole('button', { name: 'Add this role' }).click()
      await interviews.getByText(/^Analytics engineer/).waitFor()
      const apps = (await client.get('/api/applications')).json
      const engineer = (apps.items ?? apps).find(
        (a: { role: string }) => a.role === 'Analytics engineer',
      )
      expect(engineer).toMatchObject({ jobText: JOB, job: { responsibilities: expect.any(Array) } })
      const companies = (await client.get('/api/companies')).json
      expect(
        (companies.items ?? companies).filter((c: { name: string }) => c.name === 'Lumen Health'),
      ).toHaveLength(1)
    })

    it('builds the prep sheet from the best version, with a chosen start and finish', async () => {
      await go('prep', /7\. Prep sheet/)
      await page
        .getByLabel('Interview', { exact: true })
        .selectOption({ label: 'Clinic data analyst at Lumen Health' })
      await page.getByRole('button', { name: /Build the prep sheet/ }).click()
      const sheet = page.getByTestId('prep-sheet')
      await sheet.waitFor()
      const text = (await sheet.textContent()) ?? ''
      expect(text).toContain('Clinic data analyst at Lumen Health, interview on 2026-12-15')
      expect(text).toContain(BEST)
      expect(text).not.toContain('grow professionally')
      const start = sheet.getByRole('heading', { name: 'Strong start' }).locator('xpath=..')
      const finish = sheet.getByRole('heading', { name: 'Strong finish' }).locator('xpath=..')
      await expect(start.textContent()).resolves.toContain(ASPIRATION)
      await expect(finish.textContent()).resolves.toContain(TIE)
    })

    it('says there is no answer for an interview without one, and links to write it', async () => {
      await go('prep', /7\. Prep sheet/)
      await page
        .getByLabel('Interview', { exact: true })
        .selectOption({ label: 'Designer at Other Co' })
      await page.getByRole('button', { name: /Build the prep sheet/ }).click()
      const sheet = page.getByTestId('prep-sheet')
      await sheet.getByText(/No answer for this interview yet/).waitFor()
      expect(await sheet.textContent()).not.toContain('biology')
      await expect(
        sheet.getByRole('link', { name: 'Write one on the Answer step' }).getAttribute('href'),
      ).resolves.toBe('#/answer')
      expect(pageErrors).toEqual([])
    })
  },
)

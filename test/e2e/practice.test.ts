import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AxeViolation, audit } from './axe.js'
import {
  type App,
  ensureWebBuilt,
  launchBrowser,
  screenshotPath,
  skipBrowser,
  startApp,
} from './harness.js'

/**
 * A custom question as a person uses it (issue 14): added on the Practice
 * screen, practised by typing, and its history charted on its own.
 */
describe.skipIf(skipBrowser)('practice: a question of my own', { timeout: 120_000 }, () => {
  let app: App
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page

  beforeAll(async () => {
    ensureWebBuilt()
    app = await startApp('local')
    browser = await launchBrowser()
    page = browser.context.pages()[0] ?? (await browser.context.newPage())
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  const attempt = async (text: string) => {
    await page.getByLabel('No: I will type').check()
    await page.getByRole('button', { name: 'Start' }).click()
    await page.getByLabel(/^Transcript/).fill(text)
    await page.getByRole('button', { name: 'Stop and review' }).click()
    await page.getByTestId('review').waitFor()
    await page
      .getByTestId('review')
      .getByText(/\(saving…\)/)
      .waitFor({ state: 'detached' })
  }

  it('adds a question, practises it, and charts only its attempts', async () => {
    await page.goto(`${app.url}/#/practice`)
    await page.getByRole('heading', { level: 1, name: /6\. Practice/ }).waitFor()
    // One attempt at a built-in question first, so the history holds two questions.
    await attempt('In two years I want to lead the analytics team, and I am learning dbt now.')

    const mine = page.getByTestId('my-questions')
    await mine
      .getByLabel(/^A question your interview will ask/)
      .fill('Why do you want to leave teaching?')
    await mine.getByLabel('Critique my answer as').selectOption('career-change')
    await mine.getByRole('button', { name: 'Add the question' }).click()
    await mine
      .getByRole('button', { name: /Practise “Why do you want to leave teaching\?”/ })
      .click()
    await expect(page.getByLabel('Question', { exact: true }).inputValue()).resolves.toMatch(
      /^own:/,
    )

    await attempt(
      'I loved teaching, and I found I love the data behind it more. I finished a SQL course and built dashboards for my school, and in two years I want to be a data analyst.',
    )
    const history = page.getByTestId('history')
    const picker = history.getByLabel('Attempts at', { exact: true })
    await expect(picker.locator('option').allTextContents()).resolves.toEqual([
      'Why do you want to leave teaching? (1)',
      'What are your career goals? (1)',
    ])
    // The chart and the table show this question's one attempt, not both.
    await expect(history.locator('svg.chart circle').count()).resolves.toBe(1)
    await expect(history.locator('svg.chart title').textContent()).resolves.toMatch(
      /leave teaching/,
    )
    await expect(history.locator('tbody tr').count()).resolves.toBe(1)
    await picker.selectOption({ label: 'What are your career goals? (1)' })
    await expect(history.locator('svg.chart title').textContent()).resolves.toMatch(/career goals/)

    // A follow-up is a real attempt of its own.
    const followUp = page.getByRole('button', { name: /^Answer this follow-up/ }).first()
    await followUp.click()
    await page.getByTestId('follow-up').waitFor()
    await attempt('I am taking the dbt course now, and I ship one dashboard a month at school.')
    await expect(picker.locator('option').count()).resolves.toBe(3)

    await page.screenshot({ path: screenshotPath('6-practice-own-question'), fullPage: true })
    const violations: AxeViolation[] = await audit(page)
    const serious = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
    expect(serious, JSON.stringify(serious)).toEqual([])
  })
})

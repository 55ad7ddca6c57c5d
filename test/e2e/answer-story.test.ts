import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ENTITY_APIS } from '../../src/server/routes/entities.js'
import type { ExampleIds } from '../../src/server/routes/route.js'
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

const CAREER_GOALS =
  'I want to become a product manager for payments. First I will learn SQL and how pricing works.'
const FIVE_YEARS = 'In five years I want to be a data scientist who builds pricing models.'

/**
 * Issue 14: the Answer screen tells a person when the answers of one interview
 * disagree, and turns honest reasons into the interview version.
 */
describe.skipIf(skipBrowser)('the Answer screen keeps one story', { timeout: 90_000 }, () => {
  let app: App
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page

  beforeAll(async () => {
    ensureWebBuilt()
    app = await startApp('local')
    const client = new Client(app.url)
    await client.me()
    // An interview (company + role) with a saved career-goals answer, as if written earlier.
    const ids: Partial<ExampleIds> = {}
    for (const name of ['companies', 'applications'] as const) {
      const api = ENTITY_APIS.find((a) => a.name === name)
      const reply = await client.post(`/api/${api?.path}`, api?.example(ids as ExampleIds))
      expect(reply.status).toBe(201)
      ids[name] = (reply.json as { id: string }).id
    }
    const answer = await client.post('/api/answers', {
      question: 'career-goals',
      title: 'Career goals',
      applicationId: ids.applications,
    })
    expect(answer.status).toBe(201)
    const version = await client.post(
      `/api/answers/${(answer.json as { id: string }).id}/versions`,
      {
        text: CAREER_GOALS,
      },
    )
    expect(version.status).toBe(201)
    const goals = ENTITY_APIS.find((a) => a.name === 'goals')
    const goal = await client.post('/api/goals', {
      ...(goals?.example(ids as ExampleIds) as object),
      text: 'One day I want to open my own studio.',
    })
    expect(goal.status).toBe(201)
    browser = await launchBrowser()
    page = browser.context.pages()[0] ?? (await browser.context.newPage())
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

  const serious = async () =>
    (await audit(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious')

  it('warns when the five-years answer contradicts the career-goals answer', async () => {
    await page.goto(`${app.url}/#/answer`)
    await page.getByRole('heading', { level: 1, name: /5\. Answer/ }).waitFor()
    await page.getByLabel('Question').selectOption('five-years')
    const editor = page.getByLabel('Where do you see yourself in five years?')
    const warning = page.getByTestId('consistency')
    await editor.fill('In five years I want to be a product manager for payments.')
    await page.getByTestId('score').locator('.big').waitFor()
    await expect(warning.textContent()).resolves.toBe('')
    await editor.fill(FIVE_YEARS)
    await expect.poll(() => warning.textContent()).toContain('A different target role')
    const text = await warning.textContent()
    expect(text).toContain('here you say “data scientist”')
    expect(text).toContain('says “product manager”')
    expect(text).toContain('Pick one target role')
    // Beside the critique: the company's named value the answer does not use yet.
    await expect(page.getByTestId('term-coverage').textContent()).resolves.toMatch(
      /Missed \(1\):.*Curiosity \(value\)/,
    )
    await page.screenshot({ path: screenshotPath('5-answer-consistency'), fullPage: true })
    expect(await serious()).toEqual([])
  })

  it('turns honest reasons into an interview version, from the drafts’ link too', async () => {
    await page.getByRole('button', { name: 'Draft my answer' }).click()
    await page.getByRole('button', { name: 'see the honest version' }).click()
    const reasons = page.getByLabel('Your honest reasons')
    await expect(reasons.inputValue()).resolves.toBe('One day I want to open my own studio.')
    await expect(reasons.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await reasons.fill(
      'I want to get very good at pricing analytics. One day I want my own studio. Honestly the pay matters most.',
    )
    await page.getByRole('button', { name: 'Make the interview version' }).click()
    const result = page.getByTestId('interview-version')
    await result.waitFor()
    const shown = await result.textContent()
    expect(shown).toContain('I want to get very good at pricing analytics.')
    expect(shown).toContain('“One day I want my own studio.” (a plan beyond the role)')
    expect(shown).toContain('(money or a title first)')
    await page.getByRole('button', { name: 'Put it in the editor' }).click()
    await expect(
      page.getByLabel('Where do you see yourself in five years?').inputValue(),
    ).resolves.toBe('I want to get very good at pricing analytics.')
    await page.screenshot({ path: screenshotPath('5-answer-honest'), fullPage: true })
    expect(await serious()).toEqual([])
  })
})

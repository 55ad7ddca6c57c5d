import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type App,
  ensureWebBuilt,
  launchBrowser,
  screenshotPath,
  skipBrowser,
  startApp,
} from './harness.js'

/**
 * Practice with the microphone: Chromium's fake capture device plays a test
 * tone, so the Web Audio measurement runs for real. The browser's speech
 * recognition is removed before the page loads and the person types, so no
 * audio can leave the machine.
 */
describe.skipIf(skipBrowser)(
  'practice: tone measured locally from the microphone',
  { timeout: 60_000 },
  () => {
    let app: App
    let browser: Awaited<ReturnType<typeof launchBrowser>>

    beforeAll(async () => {
      ensureWebBuilt()
      app = await startApp('local')
      browser = await launchBrowser({ width: 1280, height: 900 }, [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ])
    })

    afterAll(async () => {
      await browser?.close()
      await app?.close()
    })

    it('shows volume from the microphone and sends no audio anywhere', async () => {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage())
      await browser.context.grantPermissions(['microphone'], { origin: app.url })
      await page.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>
        w.SpeechRecognition = undefined
        w.webkitSpeechRecognition = undefined
      })
      const requests: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      await page.goto(`${app.url}/#/practice`)
      await expect(
        page.getByLabel("With the browser's speech recognition").isDisabled(),
      ).resolves.toBe(true)
      await page.getByLabel('No: I will type').check()
      await page.getByLabel('Measure my tone from the microphone').check()
      await page.getByRole('button', { name: 'Start' }).click()
      await page
        .getByLabel(/^Transcript/)
        .fill('In two years I want to lead the analytics team, and I am learning dbt now.')
      await page.waitForTimeout(2500)
      await page.getByRole('button', { name: 'Stop and review' }).click()
      const review = page.getByTestId('review')
      await review.waitFor()
      const volume = review.locator('.figure', { hasText: 'volume' }).locator('.value')
      await expect(volume.textContent()).resolves.toMatch(/^-\d+ dB$/)
      await page.screenshot({ path: screenshotPath('6-practice-tone'), fullPage: true })
      expect(requests.filter((u) => !u.startsWith(app.url) && !u.startsWith('data:'))).toEqual([])
    })
  },
)

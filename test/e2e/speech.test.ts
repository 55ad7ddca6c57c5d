import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wordErrorRate } from '../../src/core/speech/wer.js'
import { hasEspeak, SPEECH_SCRIPT, synthesiseAnswer } from '../helpers/speech.js'
import {
  type App,
  browserRequired,
  ensureWebBuilt,
  launchBrowser,
  screenshotPath,
  skipBrowser,
  startApp,
} from './harness.js'

/**
 * Practice aloud with the on-device model: Chromium's fake microphone plays
 * speech that espeak-ng synthesised from a known script a moment ago, the page
 * transcribes it with the Moonshine model it loaded from headway itself, and
 * the request log shows nothing leaving the page's origin.
 */
describe.skipIf(skipBrowser || (!hasEspeak && !browserRequired))(
  'practice: speech to text on this device',
  { timeout: 600_000 },
  () => {
    let app: App
    let browser: Awaited<ReturnType<typeof launchBrowser>>
    let speechSeconds: number

    beforeAll(async () => {
      ensureWebBuilt()
      const wav = join(mkdtempSync(join(tmpdir(), 'headway-speech-')), 'answer.wav')
      // A long silent tail: the fake microphone loops its file, and the test
      // stops listening before the second loop would begin.
      const tail = 60
      speechSeconds = synthesiseAnswer(wav, 1, tail).seconds - tail
      app = await startApp('local')
      browser = await launchBrowser({ width: 1280, height: 900 }, [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-audio-capture=${wav}`,
      ])
    })

    afterAll(async () => {
      await browser?.close()
      await app?.close()
    })

    it('transcribes the script, shows pace, fillers and the long pause, and sends nothing away', async () => {
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
      await expect(page.evaluate(() => crossOriginIsolated)).resolves.toBe(true)
      await expect(page.getByLabel('On this device').isChecked()).resolves.toBe(true)
      await page.getByRole('button', { name: 'Start' }).click()
      // The model loads first (from headway, then from this browser's cache);
      // the microphone opens, and its file plays from the start, once it has.
      await page.getByText('Listening…').waitFor({ timeout: 300_000 })
      const transcript = page.getByLabel(/^Transcript/)
      // Partial text: the first sentence appears while the rest is still being spoken.
      await page.waitForFunction(
        () => (document.querySelector('textarea')?.value ?? '').split(/\s+/).length >= 5,
        undefined,
        { timeout: 300_000 },
      )
      // Real time: the fake microphone plays the speech at its own pace.
      await page.waitForTimeout(speechSeconds * 1000 + 1500)
      await page.getByRole('button', { name: 'Stop and review' }).click()
      const review = page.getByTestId('review')
      await review.waitFor({ timeout: 300_000 })

      const heard = await transcript.inputValue()
      const wer = wordErrorRate(SPEECH_SCRIPT, heard)
      expect(wer, `heard: ${heard}`).toBeLessThanOrEqual(0.25)
      const figure = (name: string) =>
        review.locator('.figure', { has: page.locator('.name', { hasText: name }) })
      const wpm = Number(await figure('words a minute').locator('.value').textContent())
      expect(wpm).toBeGreaterThan(60)
      expect(wpm).toBeLessThan(300)
      expect(Number(await figure('fillers').locator('.value').textContent())).toBeGreaterThan(0)
      await expect(figure('long pauses').locator('.value').textContent()).resolves.toBe('1')
      await expect(figure('speaking time').count()).resolves.toBe(1)
      await page.screenshot({ path: screenshotPath('6-practice-on-device'), fullPage: true })
      expect(requests.filter((u) => !u.startsWith(app.url) && !u.startsWith('data:'))).toEqual([])
      expect(requests.some((u) => u.endsWith('/speech/model/decoder_model_merged.onnx'))).toBe(true)
      // The model ran in its worker, not on the page's thread.
      expect(page.workers().some((w) => /\/speech\.worker-[\w-]+\.js$/.test(w.url()))).toBe(true)
    })
  },
)

import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { wavToModelInput } from '../src/core/speech/wav.js'
import { wordErrorRate } from '../src/core/speech/wer.js'
import { loadSpeechModel, transcribeSamples } from '../src/io/speech.js'
import { CHROMIUM, ensureWebBuilt, startApp } from '../test/e2e/harness.js'
import { SPEECH_SCRIPT, synthesiseAnswer } from '../test/helpers/speech.js'

/**
 * `npm run bench:speech`: the on-device speech model, measured on the same
 * espeak-ng speech the tests use (a known script, so WER is exact).
 *
 * Browser (what a person gets): headway's practice page in Chromium with a fake
 * microphone, in a profile on disk as a person has (an off-the-record context
 * keeps no compiled WebAssembly, so it would overstate the cached load). Model
 * load cold (fresh profile: fetched from headway) and cached (Cache Storage and
 * the HTTP cache), split into reading the files and creating the two sessions
 * (the first includes the runtime's WebAssembly start), and the real-time
 * factor (transcription time / audio time) with threads (the page is
 * cross-origin isolated) and without (the same page with its COEP header
 * removed, so not isolated: one thread). The model runs in the speech worker;
 * the page's own performance measures give the times.
 *
 * Node (the CLI, onnxruntime-node): load in a fresh process and again, and the
 * real-time factor on one thread and on all cores.
 *
 * One run of each: the machine may be shared, so the load average is printed.
 */

const TAIL = 60

interface Measure {
  name: string
  duration: number
  detail: {
    cached?: boolean
    threads?: number
    audioSeconds?: number
    stages?: { bytes: number; encoder: number; decoder: number }
  } | null
}

async function measures(page: Page): Promise<Measure[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('headway-speech'))
      .map((m) => ({
        name: m.name,
        duration: m.duration,
        detail: (m as PerformanceMeasure).detail as Measure['detail'],
      })),
  )
}

async function practiseAloud(page: Page, url: string, speechSeconds: number) {
  // The page's long tasks (over 50 ms): how long typing would have to wait.
  await page.addInitScript(() => {
    const w = window as unknown as { headwayLongTasks: number[] }
    w.headwayLongTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.headwayLongTasks.push(e.duration)
    }).observe({ type: 'longtask' })
  })
  await page.goto(`${url}/#/practice`)
  await page.getByRole('button', { name: 'Start' }).click()
  await page.getByText('Listening…').waitFor({ timeout: 600_000 })
  await page.waitForTimeout(speechSeconds * 1000 + 1500)
  await page.getByRole('button', { name: 'Stop and review' }).click()
  await page.getByTestId('review').waitFor({ timeout: 600_000 })
  const heard = await page.getByLabel(/^Transcript/).inputValue()
  const longTasks = await page.evaluate(
    () => (window as unknown as { headwayLongTasks: number[] }).headwayLongTasks,
  )
  const all = await measures(page)
  const load = all.find((m) => m.name === 'headway-speech-load')
  const runs = all.filter((m) => m.name === 'headway-speech-transcribe')
  const busy = runs.reduce((s, m) => s + m.duration, 0) / 1000
  const audio = runs.reduce((s, m) => s + (m.detail?.audioSeconds ?? 0), 0)
  return {
    loadSeconds: (load?.duration ?? Number.NaN) / 1000,
    stages: load?.detail?.stages,
    cached: load?.detail?.cached ?? false,
    threads: load?.detail?.threads ?? 0,
    rtf: busy / audio,
    wer: wordErrorRate(SPEECH_SCRIPT, heard),
    longestTask: Math.max(0, ...longTasks),
  }
}

function row(label: string, r: Awaited<ReturnType<typeof practiseAloud>>): string {
  const s = r.stages
  const split = s
    ? ` = files ${(s.bytes / 1000).toFixed(1)} + encoder ${(s.encoder / 1000).toFixed(1)} + decoder ${(s.decoder / 1000).toFixed(1)}`
    : ''
  return `  ${label.padEnd(26)} load ${r.loadSeconds.toFixed(1).padStart(5)} s (${r.cached ? 'cached' : 'fetched'}${split})   RTF ${r.rtf.toFixed(2)} on ${r.threads} thread${r.threads > 1 ? 's' : ''}   WER ${r.wer.toFixed(2)}   longest page task ${Math.round(r.longestTask)} ms`
}

async function browser(wav: string, speechSeconds: number): Promise<void> {
  ensureWebBuilt()
  const app = await startApp('local')
  const profile = await mkdtemp(join(tmpdir(), 'headway-speech-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
    ],
  })
  try {
    await context.grantPermissions(['microphone'], { origin: app.url })
    console.log('Browser (Chromium, onnxruntime-web WebAssembly in the speech worker)')
    const cold = await context.newPage()
    console.log(row('cold, threads', await practiseAloud(cold, app.url, speechSeconds)))
    await cold.close()
    const cached = await context.newPage()
    console.log(row('cached, threads', await practiseAloud(cached, app.url, speechSeconds)))
    await cached.close()
    const single = await context.newPage()
    // The page without COEP, so not cross-origin isolated: no SharedArrayBuffer,
    // and onnxruntime-web runs on one thread, as on a server that sends no COEP.
    await single.route(
      (u) => u.pathname === '/',
      async (route) => {
        const response = await route.fetch()
        const headers = { ...response.headers() }
        delete headers['cross-origin-embedder-policy']
        await route.fulfill({ response, headers })
      },
    )
    console.log(row('cached, without threads', await practiseAloud(single, app.url, speechSeconds)))
    await single.close()
  } finally {
    await context.close()
    await app.close()
    await rm(profile, { recursive: true, force: true })
  }
}

async function node(wav: string): Promise<void> {
  const audio = wavToModelInput(readFileSync(wav))
  const seconds = audio.samples.length / 16_000
  console.log('Node (the CLI, onnxruntime-node)')
  for (const threads of [1, availableParallelism()]) {
    for (const pass of ['first', 'again']) {
      const t0 = performance.now()
      const model = await loadSpeechModel({ threads })
      const loaded = (performance.now() - t0) / 1000
      const t1 = performance.now()
      const heard = await transcribeSamples(model, audio.samples)
      const rtf = (performance.now() - t1) / 1000 / seconds
      console.log(
        `  ${`${threads} thread${threads > 1 ? 's' : ''}, load ${pass}`.padEnd(34)} load ${loaded.toFixed(1).padStart(5)} s   RTF ${rtf.toFixed(2)}   WER ${wordErrorRate(SPEECH_SCRIPT, heard.transcript).toFixed(2)}`,
      )
    }
  }
}

const dir = await mkdtemp(join(tmpdir(), 'headway-speech-bench-'))
try {
  const wav = join(dir, 'answer.wav')
  const speechSeconds = synthesiseAnswer(wav, 1, TAIL).seconds - TAIL
  console.log(
    `Speech: ${speechSeconds.toFixed(1)} s from espeak-ng; ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)}`,
  )
  await node(wav)
  await browser(wav, speechSeconds)
} finally {
  await rm(dir, { recursive: true, force: true })
}

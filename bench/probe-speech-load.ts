import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM, startApp } from '../test/e2e/harness.js'

/**
 * Where the browser's speech-model load goes: fetching the bytes (network,
 * then HTTP cache), onnxruntime's WebAssembly start, and each session's
 * creation, for each graph optimisation level. Runs onnxruntime-web's own
 * bundle in a page of headway's origin (cross-origin isolated), so the
 * figures are the page's, without the app around them. `npx tsx bench/probe-speech-load.ts`
 */

const require = createRequire(import.meta.url)
const ortBundle = join(dirname(require.resolve('onnxruntime-web')), 'ort.wasm.min.mjs')

const levels = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['all', 'extended', 'basic', 'disabled']
const app = await startApp('local')
try {
  for (const level of levels) {
    // A profile on disk, as a person has: an off-the-record context keeps no compiled code.
    const profile = mkdtempSync(join(tmpdir(), 'headway-speech-probe-'))
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        // PROBE_JS_FLAGS='--no-liftoff' and the like: is it the WebAssembly tiers?
        ...(process.env.PROBE_JS_FLAGS ? [`--js-flags=${process.env.PROBE_JS_FLAGS}`] : []),
      ],
    })
    await context.route('**/probe/ort.mjs', (route) =>
      route.fulfill({
        body: readFileSync(ortBundle),
        headers: {
          'content-type': 'text/javascript',
          'cross-origin-resource-policy': 'same-origin',
        },
      }),
    )
    for (const pass of ['cold', 'cached', 'cached']) {
      const page = await context.newPage()
      await page.goto(`${app.url}/#/`)
      const r = await page.evaluate(
        async ({ level, prepack }) => {
          const a = performance.now()
          const ort = await import('/probe/ort.mjs' as string)
          ort.env.wasm.wasmPaths = '/speech/ort/'
          ort.env.wasm.numThreads = 2
          const cache = await caches.open('probe')
          const files = ['encoder_model.onnx', 'decoder_model_merged.onnx']
          const bytes = await Promise.all(
            files.map(async (f) => {
              const url = `/speech/model/${f}`
              const hit = await cache.match(url)
              if (hit) return new Uint8Array(await hit.arrayBuffer())
              const got = new Uint8Array(await (await fetch(url)).arrayBuffer())
              await cache.put(url, new Response(got))
              return got
            }),
          )
          const fetched = performance.now()
          const options = {
            executionProviders: ['wasm'],
            graphOptimizationLevel: level,
            ...(prepack ? {} : { extra: { session: { disable_prepacking: '1' } } }),
          }
          const enc = await ort.InferenceSession.create(bytes[0], options)
          const encoded = performance.now()
          const dec = await ort.InferenceSession.create(bytes[1], options)
          const decoded = performance.now()
          const audio = new Float32Array(16000 * 8).map(() => Math.random() * 0.1 - 0.05)
          const e0 = performance.now()
          await enc.run({ input_values: new ort.Tensor('float32', audio, [1, audio.length]) })
          const run = performance.now()
          await enc.run({ input_values: new ort.Tensor('float32', audio, [1, audio.length]) })
          const run2 = performance.now()
          await enc.release()
          await dec.release()
          return {
            isolated: crossOriginIsolated,
            fetch: fetched - a,
            encoder: encoded - fetched,
            decoder: decoded - encoded,
            run: run - e0,
            run2: run2 - run,
          }
        },
        { level, prepack: !process.env.PROBE_NO_PREPACK },
      )
      console.log(
        `${level.padEnd(9)} ${pass.padEnd(7)} bytes ${r.fetch.toFixed(0).padStart(5)} ms  encoder session (with runtime start) ${r.encoder.toFixed(0).padStart(5)} ms  decoder session ${r.decoder.toFixed(0).padStart(5)} ms  encoder on 8 s ${r.run.toFixed(0)}, again ${r.run2.toFixed(0)} ms  isolated ${r.isolated}`,
      )
      await page.close()
    }
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
} finally {
  await app.close()
}

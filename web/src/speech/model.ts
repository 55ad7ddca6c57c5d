import llamaTokenizer from 'llama-tokenizer-js'
import * as ort from 'onnxruntime-web/wasm'
import type { MoonshineModel, SpeechSession, SpeechTensor } from '../core/speech.js'
import { MODEL_CACHE, MODEL_FILES, MODEL_URL } from './files.js'
import type { LoadProgress, LoadStages } from './protocol.js'

/**
 * The Moonshine tiny English model, run by onnxruntime-web's WebAssembly in
 * the speech worker (speech.worker.ts), never on the page's thread. Every file
 * comes from headway's own origin (/speech/model/ and /speech/ort/); the model
 * bytes are kept in Cache Storage after the first load, so later loads and
 * offline use read no network at all, and the runtime's WebAssembly comes from
 * the HTTP cache, where the browser also keeps its compiled code.
 */

async function cachedBytes(
  url: string,
  onBytes: (loaded: number, total: number, cached: boolean) => void,
): Promise<Uint8Array> {
  const cache = typeof caches === 'undefined' ? undefined : await caches.open(MODEL_CACHE)
  const hit = await cache?.match(url)
  if (hit) {
    const bytes = new Uint8Array(await hit.arrayBuffer())
    onBytes(bytes.length, bytes.length, true)
    return bytes
  }
  const response = await fetch(url)
  if (!response.ok || !response.body)
    throw new Error(`the speech model file ${url} could not be loaded (HTTP ${response.status})`)
  const total = Number(response.headers.get('content-length')) || 0
  const parts: Uint8Array[] = []
  let loaded = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    parts.push(value)
    loaded += value.length
    onBytes(loaded, total, false)
  }
  const bytes = new Uint8Array(loaded)
  let at = 0
  for (const p of parts) {
    bytes.set(p, at)
    at += p.length
  }
  await cache?.put(
    url,
    new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }),
  )
  return bytes
}

/** A loaded model and where its load's time went. */
export interface LoadedModel {
  model: MoonshineModel
  cached: boolean
  threads: number
  stages: LoadStages
}

/**
 * Session options. Graph optimisation happens in every new session, on every
 * page load (the browser keeps no optimised model), and while the session is
 * created the runtime's WebAssembly still runs in V8's baseline tier, so every
 * pass is slow there. 'disabled' cut the two sessions' creation from about 15 s
 * to about 10 s in bench/probe-speech-load.ts (cached, two threads); the
 * encoder's run on 8 s of audio stayed about the same (1.8-2.1 s against
 * 1.7-2.7 s) and the e2e WER check still passes. bench:speech, A/B minutes
 * apart: cached load 3.5 s -> 1.9 s, cold 9.6 s -> 3.5 s, RTF 0.18 -> 0.12.
 */
const SESSION_OPTIONS: ort.InferenceSession.SessionOptions = {
  executionProviders: ['wasm'],
  graphOptimizationLevel: 'disabled',
}

let loading: Promise<LoadedModel> | undefined

/**
 * Load the model once per worker; `onProgress` sees the bytes of both files.
 * The sessions are created once and reused for every transcription.
 */
export function loadSpeechModel(
  onProgress: (p: LoadProgress) => void,
  threads: number,
): Promise<LoadedModel> {
  loading ??= (async () => {
    ort.env.wasm.wasmPaths = '/speech/ort/'
    ort.env.wasm.numThreads = threads
    const seen = new Map<string, { loaded: number; total: number; cached: boolean }>()
    const report = () => {
      let loaded = 0
      let total = 0
      let cached = true
      for (const s of seen.values()) {
        loaded += s.loaded
        total += s.total
        cached &&= s.cached
      }
      onProgress({ loaded, total, cached })
    }
    const started = performance.now()
    const [encoderBytes, decoderBytes] = await Promise.all(
      MODEL_FILES.map((f) =>
        cachedBytes(MODEL_URL + f, (loaded, total, cached) => {
          seen.set(f, { loaded, total, cached })
          report()
        }),
      ),
    )
    const read = performance.now()
    const encoder = await ort.InferenceSession.create(encoderBytes as Uint8Array, SESSION_OPTIONS)
    const encoderMade = performance.now()
    const decoder = await ort.InferenceSession.create(decoderBytes as Uint8Array, SESSION_OPTIONS)
    const decoderMade = performance.now()
    return {
      model: {
        encoder: encoder as unknown as SpeechSession,
        decoder: decoder as unknown as SpeechSession,
        tensor: ({ type, data }, dims) =>
          new ort.Tensor(type, data, dims) as unknown as SpeechTensor,
        decode: (tokens) => llamaTokenizer.decode(tokens),
      },
      cached: [...seen.values()].every((s) => s.cached),
      threads,
      stages: {
        bytes: read - started,
        encoder: encoderMade - read,
        decoder: decoderMade - encoderMade,
      },
    }
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

import llamaTokenizer from 'llama-tokenizer-js'
import * as ort from 'onnxruntime-web/wasm'
import type {
  MoonshineModel,
  SpeechSession,
  SpeechTensor,
} from '../../../src/core/speech/moonshine.js'

/**
 * The Moonshine tiny English model in this browser, run by onnxruntime-web's
 * WebAssembly. Every file comes from headway's own origin (/speech/model/ and
 * /speech/ort/); the
 * model bytes are kept in Cache Storage after the first load, so later loads
 * and offline use read no network at all.
 */

const MODEL_FILES = ['encoder_model.onnx', 'decoder_model_merged.onnx'] as const
const MODEL_URL = '/speech/model/'
const CACHE = 'headway-speech-moonshine-tiny-v1'

export interface LoadProgress {
  loaded: number
  total: number
  /** True when the files came from this browser's cache. */
  cached: boolean
}

/** Threads for the runtime: several only when the page is cross-origin isolated. */
export function speechThreads(): number {
  if (typeof crossOriginIsolated === 'undefined' || !crossOriginIsolated) return 1
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1))
}

async function cachedBytes(
  url: string,
  onBytes: (loaded: number, total: number, cached: boolean) => void,
): Promise<Uint8Array> {
  const cache = typeof caches === 'undefined' ? undefined : await caches.open(CACHE)
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

let loading: Promise<MoonshineModel> | undefined

/** Load the model once per page; `onProgress` sees the bytes of both files. */
export function loadSpeechModel(
  onProgress?: (p: LoadProgress) => void,
  threads = speechThreads(),
): Promise<MoonshineModel> {
  loading ??= (async () => {
    const started = performance.now()
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
      onProgress?.({ loaded, total, cached })
    }
    const [encoderBytes, decoderBytes] = await Promise.all(
      MODEL_FILES.map((f) =>
        cachedBytes(MODEL_URL + f, (loaded, total, cached) => {
          seen.set(f, { loaded, total, cached })
          report()
        }),
      ),
    )
    const options: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'] }
    const encoder = await ort.InferenceSession.create(encoderBytes as Uint8Array, options)
    const decoder = await ort.InferenceSession.create(decoderBytes as Uint8Array, options)
    // For bench/speech.bench.ts, and anyone profiling: how long the load took.
    performance.measure('headway-speech-load', {
      start: started,
      detail: { cached: [...seen.values()].every((s) => s.cached), threads },
    })
    return {
      encoder: encoder as unknown as SpeechSession,
      decoder: decoder as unknown as SpeechSession,
      tensor: ({ type, data }, dims) => new ort.Tensor(type, data, dims) as unknown as SpeechTensor,
      decode: (tokens) => llamaTokenizer.decode(tokens),
    }
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

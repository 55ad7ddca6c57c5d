import { MODEL_SAMPLE_RATE } from '../core/speech.js'
import type { FromWorker, LoadProgress, ToWorker } from './protocol.js'

/**
 * The page's side of the speech worker. One worker per page, started on first
 * use and kept while the page lives: leaving Practice and coming back reuses
 * its loaded model. Each call's time is recorded as a performance measure
 * (headway-speech-load, headway-speech-transcribe) for bench/speech.bench.ts.
 */

/** Threads for the runtime: several only when the page is cross-origin isolated. */
export function speechThreads(): number {
  if (typeof crossOriginIsolated === 'undefined' || !crossOriginIsolated) return 1
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1))
}

let worker: Worker | undefined
let loading: Promise<void> | undefined
let onProgress: ((p: LoadProgress) => void) | undefined
let onLoad: { ok: () => void; fail: (err: Error) => void } | undefined
let nextId = 1
const waiting = new Map<number, { ok: (text: string) => void; fail: (err: Error) => void }>()

function failAll(err: Error): void {
  onLoad?.fail(err)
  onLoad = undefined
  for (const w of waiting.values()) w.fail(err)
  waiting.clear()
  worker?.terminate()
  worker = undefined
  loading = undefined
}

function started(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./speech.worker.ts', import.meta.url), {
    type: 'module',
    name: 'headway-speech',
  })
  w.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data
    if (m.kind === 'progress') onProgress?.(m)
    else if (m.kind === 'loaded') {
      performance.measure('headway-speech-load', {
        start: loadStarted,
        detail: { cached: m.cached, threads: m.threads, stages: m.stages },
      })
      onLoad?.ok()
      onLoad = undefined
    } else if (m.kind === 'load-failed') failAll(new Error(m.message))
    else {
      const w = waiting.get(m.id)
      waiting.delete(m.id)
      if (m.kind === 'text') w?.ok(m.text)
      else w?.fail(new Error(m.message))
    }
  }
  // The worker's script did not load or threw outside a job.
  w.onerror = (e) => {
    e.preventDefault()
    failAll(new Error(e.message || 'the speech worker stopped'))
  }
  worker = w
  return w
}

let loadStarted = 0

const send = (m: ToWorker, transfer: Transferable[] = []) => started().postMessage(m, transfer)

/** Load the model in the worker, once; `progress` sees the bytes as they arrive. */
export function loadSpeechModel(progress?: (p: LoadProgress) => void): Promise<void> {
  if (progress) onProgress = progress
  loading ??= new Promise<void>((ok, fail) => {
    onLoad = { ok, fail }
    loadStarted = performance.now()
    send({ kind: 'load', threads: speechThreads() })
  })
  return loading
}

/** Transcribe one stretch of 16 kHz mono audio in the worker. */
export async function transcribe(samples: Float32Array): Promise<string> {
  await loadSpeechModel()
  const copy = samples.slice()
  const id = nextId++
  const begun = performance.now()
  const text = await new Promise<string>((ok, fail) => {
    waiting.set(id, { ok, fail })
    send({ kind: 'transcribe', id, samples: copy }, [copy.buffer])
  })
  // Real-time factor for bench/speech.bench.ts: this time over the audio's.
  performance.measure('headway-speech-transcribe', {
    start: begun,
    detail: { audioSeconds: samples.length / MODEL_SAMPLE_RATE },
  })
  return text
}

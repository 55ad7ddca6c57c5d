import { transcribeChunk } from '../core/speech.js'
import { loadSpeechModel } from './model.js'
import type { FromWorker, ToWorker } from './protocol.js'

/**
 * The speech worker: loads the model once and transcribes the stretches of
 * audio the page sends, one at a time, so typing and the rest of the page
 * never wait on the model. onnxruntime's own threads start from here.
 */

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null
  postMessage(message: FromWorker): void
}
const scope = self as unknown as WorkerScope
const post = (m: FromWorker) => scope.postMessage(m)

let threads = 1
// One job at a time: a session runs one inference at a time.
let queue: Promise<unknown> = Promise.resolve()

const model = () => loadSpeechModel((p) => post({ kind: 'progress', ...p }), threads)

scope.onmessage = (e) => {
  const m = e.data
  if (m.kind === 'load') {
    threads = m.threads
    queue = queue.then(() =>
      model().then(
        ({ cached, threads, stages }) => post({ kind: 'loaded', cached, threads, stages }),
        (err: unknown) => post({ kind: 'load-failed', message: (err as Error).message }),
      ),
    )
    return
  }
  queue = queue.then(async () => {
    try {
      const text = await transcribeChunk((await model()).model, m.samples)
      post({ kind: 'text', id: m.id, text })
    } catch (err) {
      post({ kind: 'transcribe-failed', id: m.id, message: (err as Error).message })
    }
  })
}

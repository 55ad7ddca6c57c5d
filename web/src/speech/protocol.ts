/**
 * The messages between the page (client.ts) and the speech worker
 * (speech.worker.ts), which runs the model so the page never waits on it.
 */

export interface LoadProgress {
  loaded: number
  total: number
  /** True when the files came from this browser's cache. */
  cached: boolean
}

/** Where a model load's time went, in milliseconds. */
export interface LoadStages {
  /** Reading both model files (Cache Storage, or the network the first time). */
  bytes: number
  /** The encoder's session, including the runtime's WebAssembly start. */
  encoder: number
  decoder: number
}

export type ToWorker =
  | { kind: 'load'; threads: number }
  | { kind: 'transcribe'; id: number; samples: Float32Array }

export type FromWorker =
  | { kind: 'progress'; loaded: number; total: number; cached: boolean }
  | { kind: 'loaded'; cached: boolean; threads: number; stages: LoadStages }
  | { kind: 'load-failed'; message: string }
  | { kind: 'text'; id: number; text: string }
  | { kind: 'transcribe-failed'; id: number; message: string }

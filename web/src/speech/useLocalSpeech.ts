import { useCallback, useEffect, useRef, useState } from 'react'
import {
  type AudioTiming,
  audioTiming,
  MODEL_SAMPLE_RATE,
  speechChunks,
  voiceSegments,
} from '../core/speech.js'
import { type Capture, startCapture } from './capture.js'
import { loadSpeechModel, transcribe } from './client.js'
import { modelIsCached } from './files.js'
import type { LoadProgress } from './protocol.js'

/** How often the words heard so far are transcribed while the person speaks. */
const TICK_MS = 1500
/** A voice segment is finished when this much silence follows it. */
const SETTLE_SECONDS = 0.6

export type LocalSpeechStatus = 'idle' | 'loading' | 'ready' | 'listening' | 'finishing'

export interface LocalSpeechResult {
  /** Words transcribed after Stop was pressed (the last sentence). */
  rest: string
  timing: AudioTiming
}

/**
 * Speech to text on this device: the microphone is recorded into page memory,
 * cut into stretches of speech by the voice-activity detector, and each
 * finished stretch is transcribed by the Moonshine model (in its worker, off
 * this page's thread) and passed to `onFinal` while the person goes on speaking.
 * When the model is already in this browser's cache it is warmed up as soon as
 * the screen opens, so Start does not wait for it.
 */
export function useLocalSpeech(onFinal: (text: string) => void) {
  const [status, setStatus] = useState<LocalSpeechStatus>('idle')
  const [progress, setProgress] = useState<LoadProgress>()
  const [error, setError] = useState<Error>()
  const session = useRef<{
    capture: Capture
    timer: number
    done: number
    work: Promise<void>
    late: string[] | null
  } | null>(null)
  const supported =
    typeof window !== 'undefined' &&
    typeof WebAssembly === 'object' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function' &&
    typeof AudioContext === 'function'

  // Leaving the screen while listening closes the microphone.
  useEffect(
    () => () => {
      const s = session.current
      if (!s) return
      window.clearInterval(s.timer)
      s.capture.stop()
      session.current = null
    },
    [],
  )

  const prepare = useCallback(async () => {
    setError(undefined)
    setStatus((s) => (s === 'idle' ? 'loading' : s))
    try {
      await loadSpeechModel(setProgress)
      setStatus((s) => (s === 'loading' ? 'ready' : s))
      return true
    } catch (err) {
      setStatus('idle')
      setError(
        new Error(
          `The on-device speech model did not load (${(err as Error).message}). Type your answer, or reload and try again.`,
        ),
      )
      return false
    }
  }, [])

  // Warm up: a model this browser already keeps is loaded into the worker now,
  // while the person reads the question. The first download waits for Start
  // or for the person to choose this option (it is 28 MB).
  useEffect(() => {
    if (!supported) return
    let open = true
    void modelIsCached().then((cached) => {
      if (cached && open) void prepare()
    })
    return () => {
      open = false
    }
  }, [supported, prepare])

  /** Transcribe the speech that has finished since the last pass. */
  const pass = useCallback(
    async (final: boolean) => {
      const s = session.current
      if (!s) return
      const all = final ? s.capture.stop() : s.capture.samples()
      const now = all.length / MODEL_SAMPLE_RATE
      const finished = voiceSegments(all, MODEL_SAMPLE_RATE)
        .filter((v) => v.end > s.done && (final || v.end < now - SETTLE_SECONDS))
        .map((v) => ({ start: Math.max(v.start, s.done), end: v.end }))
      for (const [a, b] of speechChunks(finished, all.length)) {
        const text = await transcribe(all.subarray(a, b))
        if (!text) continue
        if (s.late) s.late.push(text)
        else onFinal(text)
      }
      const last = finished[finished.length - 1]
      if (last) s.done = last.end
    },
    [onFinal],
  )

  const start = useCallback(async () => {
    if (!(await prepare())) return false
    try {
      const capture = await startCapture()
      const s = { capture, timer: 0, done: 0, work: Promise.resolve(), late: null }
      session.current = s
      s.timer = window.setInterval(() => {
        s.work = s.work.then(() => pass(false)).catch((err: unknown) => setError(err as Error))
      }, TICK_MS)
      setStatus('listening')
      return true
    } catch (err) {
      setError(
        new Error(
          `The microphone is not available (${(err as Error).message}). Allow it in the browser's site settings, or type your answer instead.`,
        ),
      )
      return false
    }
  }, [prepare, pass])

  /** Stop listening, transcribe what is left, and time the speech in the whole recording. */
  const stop = useCallback(async (): Promise<LocalSpeechResult | undefined> => {
    const s = session.current
    if (!s) return undefined
    window.clearInterval(s.timer)
    s.late = []
    setStatus('finishing')
    try {
      await s.work.catch(() => undefined)
      await pass(true)
      const all = s.capture.samples()
      const timing = audioTiming(
        voiceSegments(all, MODEL_SAMPLE_RATE),
        all.length / MODEL_SAMPLE_RATE,
      )
      return { rest: s.late.join(' '), timing }
    } catch (err) {
      setError(err as Error)
      return undefined
    } finally {
      session.current = null
      setStatus('ready')
    }
  }, [pass])

  return { supported, status, progress, error, prepare, start, stop }
}

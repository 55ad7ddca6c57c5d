import { useCallback, useRef, useState } from 'react'
import { estimatePitch, rms, summariseTone, type ToneSummary } from './pitch.js'

/**
 * Tone from the microphone with the Web Audio API: pitch and loudness per
 * frame, computed in this browser. The audio is never stored or sent; only the
 * summary figures are returned.
 */
export function useTone() {
  const [listening, setListening] = useState(false)
  const [error, setError] = useState<Error>()
  const stopRef = useRef<(() => ToneSummary) | null>(null)
  const supported =
    typeof window !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function' &&
    typeof AudioContext === 'function'

  const start = useCallback(async () => {
    setError(undefined)
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
      const ctx = new AudioContext()
      const source = ctx.createMediaStreamSource(stream)
      const analyser = ctx.createAnalyser()
      analyser.fftSize = 2048
      source.connect(analyser)
      const buf = new Float32Array(analyser.fftSize)
      const pitches: (number | null)[] = []
      const levels: number[] = []
      const timer = window.setInterval(() => {
        analyser.getFloatTimeDomainData(buf)
        levels.push(rms(buf))
        pitches.push(estimatePitch(buf, ctx.sampleRate))
      }, 50)
      stopRef.current = () => {
        window.clearInterval(timer)
        for (const t of stream.getTracks()) t.stop()
        void ctx.close()
        return summariseTone(pitches, levels)
      }
      setListening(true)
    } catch (err) {
      setError(
        new Error(
          `The microphone is not available (${(err as Error).message}). Allow it in the browser's site settings, or type your answer instead.`,
        ),
      )
    }
  }, [])

  const stop = useCallback((): ToneSummary | null => {
    const f = stopRef.current
    stopRef.current = null
    setListening(false)
    return f ? f() : null
  }, [])

  return { supported, listening, error, start, stop }
}

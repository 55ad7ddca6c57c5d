import { useCallback, useRef, useState } from 'react'

interface RecognitionResult {
  isFinal: boolean
  0: { transcript: string }
}
interface RecognitionEvent {
  resultIndex: number
  results: ArrayLike<RecognitionResult>
}
interface Recognition {
  continuous: boolean
  interimResults: boolean
  lang: string
  onresult: ((e: RecognitionEvent) => void) | null
  onerror: ((e: { error: string }) => void) | null
  onend: (() => void) | null
  start(): void
  stop(): void
}
type RecognitionCtor = new () => Recognition

function ctor(): RecognitionCtor | undefined {
  const w = window as unknown as {
    SpeechRecognition?: RecognitionCtor
    webkitSpeechRecognition?: RecognitionCtor
  }
  return w.SpeechRecognition ?? w.webkitSpeechRecognition
}

/**
 * The browser's speech recognition, where it exists. Final phrases are passed
 * to `onFinal`; the words still being recognised are in `interim`.
 */
export function useSpeech(onFinal: (text: string) => void) {
  const [listening, setListening] = useState(false)
  const [interim, setInterim] = useState('')
  const [error, setError] = useState<Error>()
  const rec = useRef<Recognition | null>(null)
  const supported = typeof window !== 'undefined' && ctor() !== undefined

  const start = useCallback(() => {
    const C = ctor()
    if (!C) return
    setError(undefined)
    const r = new C()
    r.continuous = true
    r.interimResults = true
    r.lang = document.documentElement.lang || 'en'
    r.onresult = (e) => {
      let pending = ''
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const res = e.results[i]
        if (!res) continue
        if (res.isFinal) onFinal(res[0].transcript.trim())
        else pending += res[0].transcript
      }
      setInterim(pending)
    }
    r.onerror = (e) =>
      setError(
        new Error(
          e.error === 'not-allowed'
            ? 'Speech recognition was not allowed. Allow the microphone, or type your answer.'
            : `Speech recognition stopped (${e.error}). Type the rest, or start again.`,
        ),
      )
    r.onend = () => {
      setListening(false)
      setInterim('')
    }
    rec.current = r
    r.start()
    setListening(true)
  }, [onFinal])

  const stop = useCallback(() => {
    rec.current?.stop()
    rec.current = null
    setListening(false)
  }, [])

  return { supported, listening, interim, error, start, stop }
}

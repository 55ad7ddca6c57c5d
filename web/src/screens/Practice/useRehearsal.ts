import { useCallback, useState } from 'react'
import { api } from '../../api/client.js'
import type { AttemptReport, Delivery, Profile, StoredPractice } from '../../core/index.js'
import type { AudioTiming } from '../../core/speech.js'
import type { ToneSummary } from '../../hooks/pitch.js'
import { useAction } from '../../hooks/useAction.js'
import { loadCore } from '../../hooks/useCore.js'
import { useSpeech } from '../../hooks/useSpeech.js'
import { useTimer } from '../../hooks/useTimer.js'
import { useTone } from '../../hooks/useTone.js'
import { type LocalSpeechResult, useLocalSpeech } from '../../speech/useLocalSpeech.js'
import { practiceContext, type Target } from './context.js'
import type { PracticeQuestion } from './questions.js'

export type Voice = 'device' | 'cloud' | 'off'

/** One reviewed attempt: what was said, its delivery and its critique. */
export interface Reviewed {
  question: PracticeQuestion
  transcript: string
  d: Delivery
  report: AttemptReport
  timing: AudioTiming | undefined
  tone: ToneSummary | null
  /** False until the server has stored it (the live critique is shown meanwhile). */
  saved: boolean
}

const oneDecimal = (s: number) => Math.round(s * 10) / 10

/**
 * One rehearsal: the stopwatch, the speech to text (on this device or the
 * browser's), the tone meter, the transcript, and on Stop the review: delivery
 * figures and the critique at once, then the attempt as the server stored it.
 */
export function useRehearsal(
  question: PracticeQuestion,
  target: Target,
  profile: Profile | undefined,
  onSaved: (attempt: StoredPractice) => void,
) {
  const [transcript, setTranscript] = useState('')
  const [voice, setVoice] = useState<Voice>('device')
  const [measureTone, setMeasureTone] = useState(false)
  const [last, setLast] = useState<Reviewed>()
  const timer = useTimer()
  const toneMeter = useTone()
  const onFinal = useCallback(
    (t: string) => setTranscript((prev) => (prev ? `${prev} ${t}` : t)),
    [],
  )
  const speech = useSpeech(onFinal)
  const local = useLocalSpeech(onFinal)

  const review = useAction(
    async (
      text: string,
      stopwatch: number,
      heard: LocalSpeechResult | undefined,
      tone: ToneSummary | null,
    ) => {
      // Pace is over speaking time when the audio was heard: pauses do not slow it down.
      const speaking = heard?.timing.speakingSeconds ?? 0
      const seconds = speaking >= 1 ? oneDecimal(speaking) : stopwatch
      if (!text.trim()) {
        throw new Error(
          'There is no transcript to review: type what you said, or turn on speaking.',
        )
      }
      const core = await loadCore()
      const d = core.deliveryMetrics(text, seconds)
      const report = core.critiqueAttempt(text, practiceContext(question, target, profile, seconds))
      const timing = heard && speaking >= 1 ? heard.timing : undefined
      const shown: Reviewed = { question, transcript: text, d, report, timing, tone, saved: false }
      setLast(shown)
      const audio = timing && {
        recordingSeconds: timing.recordingSeconds,
        speakingSeconds: timing.speakingSeconds,
        longPauses: timing.longPauses,
      }
      const saved = await api.practice.create({
        question: question.text,
        ...(question.kind ? { questionKind: question.kind } : {}),
        ...(question.questionId ? { questionId: question.questionId } : {}),
        ...(question.followUpOf ? { followUpOf: question.followUpOf } : {}),
        ...(target.application ? { applicationId: target.application.id } : {}),
        transcript: text,
        seconds,
        metrics: { ...d, ...(tone ? { tone } : {}), ...(audio ? { audio } : {}) },
      })
      setLast({ ...shown, report: saved.report as unknown as AttemptReport, saved: true })
      onSaved(saved)
    },
  )

  const start = async () => {
    setLast(undefined)
    timer.start()
    if (voice === 'device' && local.supported) await local.start()
    if (voice === 'cloud' && speech.supported) speech.start()
    if (measureTone && toneMeter.supported) await toneMeter.start()
  }

  const stop = async () => {
    const stopwatch = Math.max(1, oneDecimal(timer.stop()))
    speech.stop()
    const tone = toneMeter.listening ? toneMeter.stop() : null
    const heard = await local.stop()
    const text = heard?.rest
      ? transcript
        ? `${transcript} ${heard.rest}`
        : heard.rest
      : transcript
    if (heard?.rest) setTranscript(text)
    await review.run(text, stopwatch, heard, tone)
  }

  /** A new question: a clean transcript and no review of the last one. */
  const reset = useCallback(() => {
    setTranscript('')
    setLast(undefined)
  }, [])

  return {
    transcript,
    setTranscript,
    voice,
    setVoice,
    measureTone,
    setMeasureTone,
    timer,
    toneMeter,
    speech,
    local,
    review,
    last,
    start,
    stop,
    reset,
  }
}

export type Rehearsal = ReturnType<typeof useRehearsal>

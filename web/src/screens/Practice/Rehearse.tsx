import { type ReactNode, useEffect, useId, useRef } from 'react'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { Countdown } from './Countdown.js'
import type { Rehearsal } from './useRehearsal.js'
import { VoiceChoice } from './VoiceChoice.js'

/** The rehearsal card: the question (given as children), speech options, timer, transcript. */
export function Rehearse({
  r,
  target,
  focusTick,
  children,
}: {
  r: Rehearsal
  target: number
  /** Each change moves the focus to the card (a question chosen from elsewhere on the page). */
  focusTick: number
  children: ReactNode
}) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusTick > 0) heading.current?.focus()
  }, [focusTick])
  const { timer, speech, local, toneMeter, review } = r
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} tabIndex={-1} ref={heading}>
        Rehearse
      </h2>
      {children}
      <VoiceChoice r={r} />
      <div className="row">
        <Countdown elapsed={timer.elapsed} target={target} running={timer.running} />
        {timer.running ? (
          <button type="button" onClick={() => void r.stop()}>
            Stop and review
          </button>
        ) : (
          <button type="button" onClick={() => void r.start()} disabled={review.busy}>
            Start
          </button>
        )}
        {speech.listening || local.status === 'listening' ? <Busy label="Listening…" /> : null}
        {local.status === 'finishing' ? <Busy label="Transcribing the last words…" /> : null}
        {review.busy ? <Busy label="Scoring and saving the attempt…" /> : null}
      </div>
      <ErrorNote error={local.error ?? speech.error ?? toneMeter.error} what="listen" />
      <label htmlFor={`${id}-t`}>
        Transcript
        <span className="hint">
          {r.voice !== 'off'
            ? 'Filled in as you speak, a sentence at a time; you can correct it.'
            : 'Type what you would say (or say it aloud while timed, then type it).'}
        </span>
      </label>
      <textarea
        id={`${id}-t`}
        rows={7}
        value={r.transcript}
        onChange={(e) => r.setTranscript(e.target.value)}
      />
      {speech.interim ? <p className="small muted">…{speech.interim}</p> : null}
      <ErrorNote error={review.error} what="review the attempt" />
    </section>
  )
}

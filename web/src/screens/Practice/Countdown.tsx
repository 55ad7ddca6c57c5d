import { useEffect, useState } from 'react'
import { formatTime } from '../../hooks/useTimer.js'

/** Seconds before the target when the last call is announced. */
const LAST_CALL = 15

type Phase = 'early' | 'last-call' | 'over'

const phaseOf = (elapsed: number, target: number): Phase =>
  elapsed > target ? 'over' : target - elapsed <= LAST_CALL ? 'last-call' : 'early'

/**
 * The stopwatch with a countdown to the answer's target length. Going over is
 * shown in words and a marked box (not colour alone), and announced once to a
 * screen reader: the timer itself stays silent, so it does not speak every second.
 */
export function Countdown({
  elapsed,
  target,
  running,
}: {
  elapsed: number
  target: number
  running: boolean
}) {
  const phase = phaseOf(elapsed, target)
  const [said, setSaid] = useState('')
  useEffect(() => {
    if (!running) setSaid('')
    else if (phase === 'last-call') setSaid(`${LAST_CALL} seconds left: start your finish.`)
    else if (phase === 'over') setSaid(`Over time: you passed ${formatTime(target)}. Wrap up now.`)
  }, [phase, running, target])
  const left = Math.max(0, target - elapsed)
  return (
    <div className={`countdown${phase === 'over' ? ' over' : ''}`} data-testid="countdown">
      <div className="timer" role="timer" aria-label="Time elapsed">
        {formatTime(elapsed)}
      </div>
      <div className="small">
        {phase === 'over' ? (
          <strong data-testid="over-time">
            <span aria-hidden="true">⚠ </span>Over time by {formatTime(elapsed - target)}
          </strong>
        ) : (
          <>
            {formatTime(left)} left of {formatTime(target)}
          </>
        )}
      </div>
      <progress
        aria-label="Time used of the target length"
        max={target}
        value={Math.min(elapsed, target)}
      />
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </div>
  )
}

import { useId } from 'react'
import type { Rehearsal } from './useRehearsal.js'

/** How the words get into the transcript (this device, the browser's service, typing) and tone. */
export function VoiceChoice({ r }: { r: Rehearsal }) {
  const id = useId()
  const { local, speech, toneMeter, voice, setVoice, timer } = r
  return (
    <fieldset>
      <legend>Turn my speech into text (English only)</legend>
      <label className="check">
        <input
          type="radio"
          name={`${id}-voice`}
          checked={voice === 'device'}
          disabled={timer.running || !local.supported}
          onChange={() => {
            setVoice('device')
            void local.prepare()
          }}
        />
        On this device
      </label>
      <p className="small muted">
        {local.supported
          ? 'A speech model (28 MB, English only) runs in this browser: your audio never leaves the machine. It loads on first use and is kept for next time and offline. Accents and noisy rooms cost accuracy; correct the transcript before you stop.'
          : 'This browser cannot run the on-device model (no microphone access or WebAssembly): type what you say, and headway still times you.'}
      </p>
      <label className="check">
        <input
          type="radio"
          name={`${id}-voice`}
          checked={voice === 'cloud'}
          disabled={timer.running || !speech.supported}
          onChange={() => setVoice('cloud')}
        />
        With the browser's speech recognition
      </label>
      <p className="small muted">
        {speech.supported
          ? "Sends your audio to the browser's maker (Google, for Chrome) to turn it into text. Choose it only if that is fine with you."
          : 'This browser has no speech recognition of its own.'}
      </p>
      <label className="check">
        <input
          type="radio"
          name={`${id}-voice`}
          checked={voice === 'off'}
          disabled={timer.running}
          onChange={() => setVoice('off')}
        />
        No: I will type
      </label>
      {local.status === 'loading' ? (
        <div className="small">
          <label htmlFor={`${id}-load`}>Loading the speech model…</label>{' '}
          <progress
            id={`${id}-load`}
            max={local.progress?.total || 1}
            value={local.progress?.loaded ?? 0}
          />
        </div>
      ) : null}
      {local.status === 'ready' && voice === 'device' ? (
        <p className="small" data-testid="speech-ready">
          The speech model is ready on this device.
        </p>
      ) : null}
      <label className="check">
        <input
          type="checkbox"
          checked={r.measureTone}
          disabled={timer.running || !toneMeter.supported}
          onChange={(e) => r.setMeasureTone(e.target.checked)}
        />
        Measure my tone from the microphone
      </label>
      <p className="small muted">
        {toneMeter.supported
          ? 'Pitch variation and volume are measured in this browser only; the audio is never uploaded or stored, only the two figures are saved.'
          : 'This browser cannot read the microphone.'}
      </p>
    </fieldset>
  )
}

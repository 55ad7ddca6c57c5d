import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { decodeWav, encodeWav } from '../../src/core/speech/wav.js'

/**
 * Speech made at test time by espeak-ng (a Debian package; .ci/run installs it),
 * so the speech tests need no recording in the repository and the script they
 * are scored against is known word for word. Two parts with a long pause
 * between them, and the fillers a nervous speaker says.
 */
export const SPEECH_PARTS = [
  'Um, in the next two years I want to become an expert in route planning. Uh, I am learning to model delivery routes with Python, and I have already cut our fuel costs this year.',
  'In five years, I hope to lead the logistics team here, so, um, I would like to grow with this company.',
] as const
export const SPEECH_SCRIPT = SPEECH_PARTS.join(' ')
/** The silence between the two parts: a long pause (2 s or more). */
export const PAUSE_SECONDS = 2.5

export const ESPEAK = '/usr/bin/espeak-ng'
export const speechRequired = Boolean(process.env.CI || process.env.HEADWAY_REQUIRE_BROWSER)
export const hasEspeak = existsSync(ESPEAK)

function speak(text: string): { samples: Float32Array; rate: number } {
  const wav = execFileSync(ESPEAK, ['-v', 'en-us', '-s', '150', '--stdout', text], {
    maxBuffer: 64 * 1024 * 1024,
  })
  const decoded = decodeWav(new Uint8Array(wav.buffer, wav.byteOffset, wav.byteLength))
  return { samples: decoded.samples, rate: decoded.sampleRate }
}

/**
 * Write the script as a 16-bit mono WAV at espeak-ng's rate (22,050 Hz):
 * `lead` seconds of silence, part one, the pause, part two, then `tail` seconds
 * of silence (Chromium's fake microphone loops its file; the tail keeps the
 * second loop away while the test listens).
 */
export function synthesiseAnswer(path: string, lead = 1, tail = 1): { seconds: number } {
  const parts = SPEECH_PARTS.map(speak)
  const rate = (parts[0] as { rate: number }).rate
  const silence = (s: number) => new Float32Array(Math.round(s * rate))
  const pieces = [
    silence(lead),
    (parts[0] as { samples: Float32Array }).samples,
    silence(PAUSE_SECONDS),
    (parts[1] as { samples: Float32Array }).samples,
    silence(tail),
  ]
  const all = new Float32Array(pieces.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of pieces) {
    all.set(p, at)
    at += p.length
  }
  writeFileSync(path, encodeWav(all, rate))
  return { seconds: all.length / rate }
}

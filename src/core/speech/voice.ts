import type { AudioDelivery } from '../contracts/report.js'

/**
 * Voice activity from the audio itself: where the person speaks, for how long,
 * and where they stop. An energy detector over 30 ms frames with a threshold
 * set from the recording's own quiet frames, so it needs no model and gives
 * the same answer in Node and in the browser.
 */

/** One stretch of speech, in seconds from the start of the recording. */
export interface VoiceSegment {
  start: number
  end: number
}

export interface VoiceOptions {
  /** Frame length in seconds. */
  frame?: number
  /** Gaps shorter than this join their neighbours (word gaps, stop consonants). */
  bridge?: number
  /** Segments shorter than this are clicks or breaths, not speech. */
  minSpeech?: number
}

const FRAME = 0.03
const BRIDGE = 0.3
const MIN_SPEECH = 0.12
/** Speech is this many dB above the recording's quiet frames... */
const ABOVE_FLOOR_DB = 12
/** ...and never quieter than this (dBFS), so a silent file has no speech. */
const ABSOLUTE_FLOOR_DB = -50

function frameDb(samples: Float32Array, start: number, length: number): number {
  let sum = 0
  for (let i = start; i < start + length; i++) {
    const s = samples[i] as number
    sum += s * s
  }
  const rms = Math.sqrt(sum / length)
  return rms > 0 ? 20 * Math.log10(rms) : -120
}

/**
 * The speech segments of mono `samples` at `sampleRate`.
 *
 * @example
 * voiceSegments(samples, 16000) // [{ start: 0.21, end: 2.85 }, { start: 4.9, end: 8.1 }]
 */
export function voiceSegments(
  samples: Float32Array,
  sampleRate: number,
  options: VoiceOptions = {},
): VoiceSegment[] {
  const frameSeconds = options.frame ?? FRAME
  const length = Math.max(1, Math.round(frameSeconds * sampleRate))
  const count = Math.floor(samples.length / length)
  if (count === 0) return []
  const db = Array.from({ length: count }, (_, f) => frameDb(samples, f * length, length))
  // The quiet frames: the 10th percentile, the room between words and sentences.
  const floor = [...db].sort((a, b) => a - b)[Math.floor(count * 0.1)] as number
  const threshold = Math.max(floor + ABOVE_FLOOR_DB, ABSOLUTE_FLOOR_DB)
  const raw: VoiceSegment[] = []
  let open: number | undefined
  for (let f = 0; f <= count; f++) {
    const loud = f < count && (db[f] as number) >= threshold
    if (loud && open === undefined) open = f
    if (!loud && open !== undefined) {
      raw.push({ start: (open * length) / sampleRate, end: (f * length) / sampleRate })
      open = undefined
    }
  }
  const bridge = options.bridge ?? BRIDGE
  const merged: VoiceSegment[] = []
  for (const s of raw) {
    const last = merged[merged.length - 1]
    if (last && s.start - last.end < bridge) last.end = s.end
    else merged.push({ ...s })
  }
  const minSpeech = options.minSpeech ?? MIN_SPEECH
  return merged
    .filter((s) => s.end - s.start >= minSpeech)
    .map((s) => ({ start: round2(s.start), end: round2(s.end) }))
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

/** A silence this long or longer, between two stretches of speech, is a long pause. */
export const LONG_PAUSE_SECONDS = 2

/** The Report's audio figures, with the voice segments they came from. */
export interface AudioTiming extends AudioDelivery {
  segments: VoiceSegment[]
}

/**
 * Speaking time and long pauses from voice segments. Silence before the first
 * word and after the last is not a pause: it is the recording's edges.
 */
export function audioTiming(segments: VoiceSegment[], recordingSeconds: number): AudioTiming {
  const speakingSeconds = round2(segments.reduce((sum, s) => sum + (s.end - s.start), 0))
  const longPauses: AudioDelivery['longPauses'] = []
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1] as VoiceSegment
    const gap = (segments[i] as VoiceSegment).start - before.end
    if (gap >= LONG_PAUSE_SECONDS) longPauses.push({ at: before.end, seconds: round2(gap) })
  }
  return { recordingSeconds: round2(recordingSeconds), speakingSeconds, longPauses, segments }
}

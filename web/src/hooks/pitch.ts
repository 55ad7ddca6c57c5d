/**
 * Pitch and loudness of one frame of microphone samples, computed locally.
 * Autocorrelation over the speaking range (70 to 400 Hz); a frame too quiet or
 * without a clear period has no pitch.
 */
export function rms(buf: Float32Array): number {
  let sum = 0
  for (let i = 0; i < buf.length; i++) {
    const v = buf[i] as number
    sum += v * v
  }
  return Math.sqrt(sum / Math.max(1, buf.length))
}

export function estimatePitch(buf: Float32Array, sampleRate: number): number | null {
  if (rms(buf) < 0.01) return null
  const minLag = Math.floor(sampleRate / 400)
  const maxLag = Math.min(Math.floor(sampleRate / 70), buf.length - 1)
  let best = -1
  let bestLag = -1
  let energy = 0
  for (let i = 0; i < buf.length; i++) energy += (buf[i] as number) ** 2
  for (let lag = minLag; lag <= maxLag; lag++) {
    let sum = 0
    for (let i = 0; i + lag < buf.length; i++) sum += (buf[i] as number) * (buf[i + lag] as number)
    const norm = sum / energy
    if (norm > best) {
      best = norm
      bestLag = lag
    }
  }
  // Below ~0.5 normalised correlation the frame is noise or unvoiced.
  if (best < 0.5 || bestLag < 0) return null
  return sampleRate / bestLag
}

export interface ToneSummary {
  /** Standard deviation of pitch in semitones: under ~2 sounds flat, 3 to 6 lively. */
  pitchVariation: number | null
  /** Median pitch in Hz. */
  medianPitch: number | null
  /** Mean loudness of voiced frames in dBFS (negative; closer to 0 is louder). */
  volumeDb: number | null
  /** Share of frames with voice, 0 to 1. */
  voiced: number
}

/** Summarise per-frame pitch (Hz or null) and RMS values into the tone figures. */
export function summariseTone(
  pitches: readonly (number | null)[],
  levels: readonly number[],
): ToneSummary {
  const voicedPitches = pitches.filter((p): p is number => p !== null)
  const loud = levels.filter((l) => l >= 0.01)
  const semis = voicedPitches.map((p) => 12 * Math.log2(p / 100))
  const mean = semis.reduce((a, b) => a + b, 0) / Math.max(1, semis.length)
  const sd =
    semis.length > 1
      ? Math.sqrt(semis.reduce((a, b) => a + (b - mean) ** 2, 0) / (semis.length - 1))
      : null
  const sorted = [...voicedPitches].sort((a, b) => a - b)
  const median = sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : null
  const db = loud.length ? 20 * Math.log10(loud.reduce((a, b) => a + b, 0) / loud.length) : null
  return {
    pitchVariation: sd === null ? null : Math.round(sd * 10) / 10,
    medianPitch: median === null ? null : Math.round(median),
    volumeDb: db === null ? null : Math.round(db),
    voiced: levels.length ? Math.round((loud.length / levels.length) * 100) / 100 : 0,
  }
}

/**
 * WAV files as the speech model wants them: mono float samples at 16 kHz.
 * Pure (bytes in, samples out) so the CLI and the tests share it.
 */

/** The rate the Moonshine model was trained on. */
export const MODEL_SAMPLE_RATE = 16_000

/** Rates accepted in a WAV file: telephone (8 kHz) to studio (96 kHz). */
export const WAV_RATES = { min: 8_000, max: 96_000 } as const

/** The longest recording accepted, in seconds (ten minutes: a long answer is two). */
export const MAX_AUDIO_SECONDS = 600

/** Why a file cannot be read as speech audio; the message says what was expected. */
export class AudioFormatError extends Error {
  override name = 'AudioFormatError'
}

export interface DecodedAudio {
  /** Mono samples in [-1, 1]. */
  samples: Float32Array
  sampleRate: number
  /** What the file held, for messages: "PCM 16-bit, 2 channels, 44100 Hz". */
  format: string
}

function ascii(view: DataView, at: number, length: number): string {
  let s = ''
  for (let i = 0; i < length; i++) s += String.fromCharCode(view.getUint8(at + i))
  return s
}

const PCM = 1
const FLOAT = 3
const EXTENSIBLE = 0xfffe

/**
 * Decode a RIFF/WAVE file: integer PCM of 8, 16, 24 or 32 bits or 32-bit float,
 * any number of channels (averaged to mono), a rate from 8 to 96 kHz.
 *
 * @example
 * decodeWav(bytes).sampleRate // 22050
 */
export function decodeWav(bytes: Uint8Array): DecodedAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 12 || ascii(view, 0, 4) !== 'RIFF' || ascii(view, 8, 4) !== 'WAVE') {
    throw new AudioFormatError(
      'not a WAV file (no RIFF/WAVE header): give a .wav recording, for example one saved by a voice recorder or converted with `sox in.mp3 out.wav`',
    )
  }
  let format: { code: number; channels: number; rate: number; bits: number } | undefined
  let data: { at: number; length: number } | undefined
  let at = 12
  while (at + 8 <= bytes.length) {
    const id = ascii(view, at, 4)
    const size = view.getUint32(at + 4, true)
    const body = at + 8
    if (id === 'fmt ' && size >= 16 && body + 16 <= bytes.length) {
      let code = view.getUint16(body, true)
      if (code === EXTENSIBLE && size >= 26) code = view.getUint16(body + 24, true)
      format = {
        code,
        channels: view.getUint16(body + 2, true),
        rate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      }
    } else if (id === 'data') {
      // Streaming writers leave the size at 0 or 0xFFFFFFFF: take what is there.
      data = { at: body, length: Math.min(size || Number.MAX_SAFE_INTEGER, bytes.length - body) }
      break
    }
    at = body + size + (size % 2)
  }
  if (!format) throw new AudioFormatError('the WAV file has no format ("fmt ") chunk')
  if (!data) throw new AudioFormatError('the WAV file has no audio ("data") chunk')
  const { code, channels, rate, bits } = format
  const integer = code === PCM && [8, 16, 24, 32].includes(bits)
  const float = code === FLOAT && bits === 32
  if (!integer && !float) {
    throw new AudioFormatError(
      `the WAV file is encoded as format ${code} with ${bits}-bit samples; headway reads PCM (8, 16, 24 or 32-bit) or 32-bit float: convert it with \`sox in.wav -b 16 out.wav\``,
    )
  }
  if (channels < 1) throw new AudioFormatError('the WAV file says it has no channels')
  if (rate < WAV_RATES.min || rate > WAV_RATES.max) {
    throw new AudioFormatError(
      `the WAV file's rate is ${rate} Hz; headway reads ${WAV_RATES.min} to ${WAV_RATES.max} Hz`,
    )
  }
  const width = bits / 8
  const frames = Math.floor(data.length / (width * channels))
  if (frames === 0) throw new AudioFormatError('the WAV file holds no audio')
  if (frames / rate > MAX_AUDIO_SECONDS) {
    throw new AudioFormatError(
      `the recording is ${Math.round(frames / rate)} seconds long; headway takes at most ${MAX_AUDIO_SECONDS} (ten minutes)`,
    )
  }
  const read = sampleReader(view, float, bits)
  const samples = new Float32Array(frames)
  for (let f = 0; f < frames; f++) {
    let sum = 0
    for (let c = 0; c < channels; c++) sum += read(data.at + (f * channels + c) * width)
    samples[f] = sum / channels
  }
  const kind = float ? '32-bit float' : `PCM ${bits}-bit`
  return {
    samples,
    sampleRate: rate,
    format: `${kind}, ${channels} channel${channels > 1 ? 's' : ''}, ${rate} Hz`,
  }
}

function sampleReader(view: DataView, float: boolean, bits: number): (at: number) => number {
  if (float) return (at) => view.getFloat32(at, true)
  switch (bits) {
    case 8:
      return (at) => (view.getUint8(at) - 128) / 128
    case 16:
      return (at) => view.getInt16(at, true) / 32768
    case 24:
      return (at) =>
        ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) /
          8388608) as number
    default:
      return (at) => view.getInt32(at, true) / 2147483648
  }
}

/**
 * Resample to `to` Hz. Going down, each output sample is the mean of the input
 * samples it covers (a box filter, enough against aliasing for speech at 16 kHz);
 * going up, linear interpolation.
 */
export function resample(samples: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return samples
  const ratio = from / to
  const out = new Float32Array(Math.floor(samples.length / ratio))
  if (ratio > 1) {
    for (let i = 0; i < out.length; i++) {
      const start = Math.floor(i * ratio)
      const end = Math.min(samples.length, Math.max(start + 1, Math.floor((i + 1) * ratio)))
      let sum = 0
      for (let j = start; j < end; j++) sum += samples[j] as number
      out[i] = sum / (end - start)
    }
  } else {
    for (let i = 0; i < out.length; i++) {
      const x = i * ratio
      const j = Math.floor(x)
      const a = samples[j] as number
      const b = samples[Math.min(j + 1, samples.length - 1)] as number
      out[i] = a + (b - a) * (x - j)
    }
  }
  return out
}

/** A WAV file's speech at the model's rate. */
export function wavToModelInput(bytes: Uint8Array): DecodedAudio {
  const decoded = decodeWav(bytes)
  return {
    ...decoded,
    samples: resample(decoded.samples, decoded.sampleRate, MODEL_SAMPLE_RATE),
    sampleRate: MODEL_SAMPLE_RATE,
  }
}

/** Encode mono samples as a 16-bit PCM WAV file (for tests and the fake microphone). */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2)
  const view = new DataView(bytes.buffer)
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i))
  }
  text(0, 'RIFF')
  view.setUint32(4, 36 + samples.length * 2, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, PCM, true)
  view.setUint16(22, 1, true)
  view.setUint32(24, sampleRate, true)
  view.setUint32(28, sampleRate * 2, true)
  view.setUint16(32, 2, true)
  view.setUint16(34, 16, true)
  text(36, 'data')
  view.setUint32(40, samples.length * 2, true)
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] as number))
    view.setInt16(44 + i * 2, Math.round(s * 32767), true)
  }
  return bytes
}

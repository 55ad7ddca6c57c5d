import { describe, expect, it } from 'vitest'
import { AudioFormatError, decodeWav, encodeWav, resample, wavToModelInput } from './wav.js'

function tone(seconds: number, rate: number, hz = 220, amp = 0.5): Float32Array {
  return Float32Array.from(
    { length: Math.round(seconds * rate) },
    (_, i) => amp * Math.sin((2 * Math.PI * hz * i) / rate),
  )
}

/** A WAV header and data of our own choosing, for formats encodeWav does not write. */
function wav(format: number, channels: number, rate: number, bits: number, data: Uint8Array) {
  const bytes = new Uint8Array(44 + data.length)
  const v = new DataView(bytes.buffer)
  const text = (at: number, s: string) =>
    [...s].forEach((c, i) => {
      v.setUint8(at + i, c.charCodeAt(0))
    })
  text(0, 'RIFF')
  v.setUint32(4, 36 + data.length, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  v.setUint32(16, 16, true)
  v.setUint16(20, format, true)
  v.setUint16(22, channels, true)
  v.setUint32(24, rate, true)
  v.setUint16(34, bits, true)
  text(36, 'data')
  v.setUint32(40, data.length, true)
  bytes.set(data, 44)
  return bytes
}

describe('decodeWav', () => {
  it('reads back what encodeWav wrote, within 16-bit precision', () => {
    const samples = tone(0.1, 22_050)
    const decoded = decodeWav(encodeWav(samples, 22_050))
    expect(decoded.sampleRate).toBe(22_050)
    expect(decoded.format).toBe('PCM 16-bit, 1 channel, 22050 Hz')
    expect(decoded.samples.length).toBe(samples.length)
    for (let i = 0; i < samples.length; i += 97)
      expect(decoded.samples[i]).toBeCloseTo(samples[i] as number, 3)
  })

  it('averages stereo to mono and reads 8-bit, 24-bit and float samples', () => {
    const stereo = new Uint8Array(4)
    new DataView(stereo.buffer).setInt16(0, 16384, true) // left 0.5, right 0
    expect(decodeWav(wav(1, 2, 16_000, 16, stereo)).samples[0]).toBeCloseTo(0.25, 4)
    expect(decodeWav(wav(1, 1, 8_000, 8, Uint8Array.from([192]))).samples[0]).toBeCloseTo(0.5, 4)
    expect(decodeWav(wav(1, 1, 48_000, 24, Uint8Array.from([0, 0, 0xc0]))).samples[0]).toBeCloseTo(
      -0.5,
      4,
    )
    const f = new Uint8Array(4)
    new DataView(f.buffer).setFloat32(0, -0.75, true)
    expect(decodeWav(wav(3, 1, 44_100, 32, f)).samples[0]).toBeCloseTo(-0.75, 6)
  })

  it('refuses what it cannot read, saying what it expected', () => {
    expect(() => decodeWav(new TextEncoder().encode('ID3 an mp3 file'))).toThrow(/not a WAV file/)
    expect(() => decodeWav(wav(2, 1, 16_000, 4, new Uint8Array(8)))).toThrow(/format 2/)
    expect(() => decodeWav(wav(1, 1, 4_000, 16, new Uint8Array(8)))).toThrow(/4000 Hz/)
    expect(() => decodeWav(wav(1, 1, 16_000, 16, new Uint8Array(0)))).toThrow(/no audio/)
    expect(() => decodeWav(wav(1, 1, 16_000, 16, new Uint8Array(0)))).toThrow(AudioFormatError)
  })
})

describe('resample', () => {
  it('brings any common rate to 16 kHz, keeping the length in seconds and the tone', () => {
    for (const rate of [8_000, 22_050, 44_100, 48_000]) {
      const out = wavToModelInput(encodeWav(tone(1, rate), rate))
      expect(out.sampleRate).toBe(16_000)
      expect(Math.abs(out.samples.length - 16_000)).toBeLessThanOrEqual(1)
      const peak = out.samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0)
      expect(peak).toBeGreaterThan(0.45)
      expect(peak).toBeLessThan(0.55)
    }
  })

  it('returns the samples unchanged at the same rate', () => {
    const s = tone(0.01, 16_000)
    expect(resample(s, 16_000, 16_000)).toBe(s)
  })
})

import { describe, expect, it } from 'vitest'
import { estimatePitch, rms, summariseTone } from './pitch.js'

const sine = (hz: number, amp = 0.5, rate = 16000, n = 2048) =>
  Float32Array.from({ length: n }, (_, i) => amp * Math.sin((2 * Math.PI * hz * i) / rate))

describe('pitch', () => {
  it('finds the pitch of a voiced frame within 3%', () => {
    for (const hz of [110, 180, 250]) {
      const p = estimatePitch(sine(hz), 16000)
      expect(p).not.toBeNull()
      expect(Math.abs((p as number) - hz) / hz).toBeLessThan(0.03)
    }
  })

  it('gives no pitch for silence', () => {
    expect(estimatePitch(new Float32Array(2048), 16000)).toBeNull()
    expect(rms(new Float32Array(16))).toBe(0)
  })

  it('summarises a flat voice as low variation and a lively one as higher', () => {
    const flat = summariseTone([200, 201, 199, 200], [0.1, 0.1, 0.1, 0.1])
    const lively = summariseTone([150, 220, 180, 260], [0.1, 0.1, 0.1, 0.1])
    expect(flat.pitchVariation).toBeLessThan(0.5)
    expect(lively.pitchVariation).toBeGreaterThan(3)
    expect(flat.volumeDb).toBe(-20)
    expect(summariseTone([], []).pitchVariation).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { speechChunks } from './moonshine.js'
import { audioTiming, voiceSegments } from './voice.js'
import { wordErrorRate } from './wer.js'

const RATE = 16_000

/** Bursts of a loud tone ("speech") with quiet noise between, as [seconds, loud] pairs. */
function recording(parts: Array<[number, boolean]>): Float32Array {
  let seed = 7
  const noise = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31 - 0.5
  }
  const out: number[] = []
  for (const [seconds, loud] of parts) {
    for (let i = 0; i < seconds * RATE; i++)
      out.push(loud ? 0.3 * Math.sin((2 * Math.PI * 180 * i) / RATE) : 0.002 * noise())
  }
  return Float32Array.from(out)
}

describe('voiceSegments and audioTiming', () => {
  it('finds the speech, bridges word gaps, and reports a long pause where it is', () => {
    const samples = recording([
      [0.5, false],
      [1, true],
      [0.15, false], // a gap between words: bridged
      [1, true],
      [3, false], // a long pause
      [1.5, true],
      [0.5, false],
    ])
    const segments = voiceSegments(samples, RATE)
    expect(segments).toHaveLength(2)
    expect(segments[0]?.start).toBeCloseTo(0.5, 1)
    expect(segments[0]?.end).toBeCloseTo(2.65, 1)
    const timing = audioTiming(segments, samples.length / RATE)
    expect(timing.speakingSeconds).toBeCloseTo(3.65, 0)
    expect(timing.longPauses).toHaveLength(1)
    expect(timing.longPauses[0]?.at).toBeCloseTo(2.65, 1)
    expect(timing.longPauses[0]?.seconds).toBeCloseTo(3, 1)
  })

  it('hears nothing in silence or near-silence, and no pause at the edges', () => {
    expect(voiceSegments(new Float32Array(RATE * 2), RATE)).toEqual([])
    expect(voiceSegments(recording([[2, false]]), RATE)).toEqual([])
    const timing = audioTiming(
      voiceSegments(
        recording([
          [3, false],
          [1, true],
          [3, false],
        ]),
        RATE,
      ),
      7,
    )
    expect(timing.longPauses).toEqual([])
  })
})

describe('speechChunks', () => {
  it('joins segments less than a second apart, cuts long ones at 20 seconds, pads into the silence', () => {
    const total = 60 * RATE
    const chunks = speechChunks(
      [
        { start: 1, end: 5 },
        { start: 5.5, end: 10 },
        { start: 12, end: 50 },
      ],
      total,
    )
    expect(chunks[0]).toEqual([0.8 * RATE, 10.2 * RATE])
    expect(chunks[1]?.[0]).toBe(11.8 * RATE)
    expect(chunks.slice(1).every(([a, b]) => b - a <= 20 * RATE)).toBe(true)
    expect(chunks[chunks.length - 1]?.[1]).toBe(50.2 * RATE)
  })
})

describe('wordErrorRate', () => {
  it('counts substitutions, deletions and insertions over the reference words', () => {
    expect(wordErrorRate('Lead the logistics team.', 'lead the logistics team')).toBe(0)
    expect(wordErrorRate('lead the logistics team', 'lead a logistic steam')).toBe(0.75)
    expect(wordErrorRate('in five years', 'in five')).toBeCloseTo(1 / 3)
    expect(wordErrorRate('', '')).toBe(0)
  })
})

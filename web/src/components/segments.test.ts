import { describe, expect, it } from 'vitest'
import type { Finding } from '../core/index.js'
import { findingsAt, segments } from './segments.js'

const f = (start: number, end: number): Finding => ({ rule: 'r', span: [start, end], message: 'm' })

describe('segments', () => {
  it('covers the whole text once, with overlapping findings split', () => {
    const text = 'I kind of want to grow.'
    const segs = segments(text, [f(2, 9), f(5, 14)])
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text)
    expect(segs.map((s) => `${s.start}-${s.end}:${s.findings.join(',')}`)).toEqual([
      '0-2:',
      '2-5:0',
      '5-9:0,1',
      '9-14:1',
      '14-23:',
    ])
  })

  it('clamps spans that run past the text', () => {
    const segs = segments('abc', [f(1, 99)])
    expect(segs.at(-1)).toEqual({ start: 1, end: 3, findings: [0] })
  })

  it('finds the findings under the caret, ends included', () => {
    expect(findingsAt([f(2, 5), f(8, 9)], 5)).toEqual([0])
    expect(findingsAt([f(2, 5), f(8, 9)], 6)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { processLine } from './protocol.js'

describe('processLine', () => {
  it('turns a good line into the output contract, serialised, with verdict and flags beside it', () => {
    const r = processLine({
      line: 4,
      raw: '{"id": "x", "text": "I plan to lead the data team.", "note": "n"}',
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const out = JSON.parse(r.json) as Record<string, unknown>
    expect(Object.keys(out)).toEqual(['id', 'score', 'verdict', 'flags', 'strengths', 'criteria'])
    expect(out.id).toBe('x')
    expect(out.verdict).toBe(r.verdict)
    expect(out.flags).toEqual(r.flags)
  })

  it('reports a bad line, or one already rejected, with its line number', () => {
    expect(processLine({ line: 2, raw: '{"id": 1}' })).toEqual({
      line: 2,
      ok: false,
      error: 'no text',
    })
    expect(processLine({ line: 3, error: 'not valid UTF-8' })).toEqual({
      line: 3,
      ok: false,
      error: 'not valid UTF-8',
    })
  })
})

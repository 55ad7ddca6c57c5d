import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { type RawLine, readLines } from './lines.js'

async function collect(chunks: (string | Uint8Array)[], max?: number): Promise<RawLine[]> {
  const out: RawLine[] = []
  for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max))
    out.push(line)
  return out
}

describe('readLines', () => {
  it('splits LF and CRLF lines across chunk boundaries, with or without a final newline', async () => {
    const lines = await collect(['a\r\nb', 'c\n', 'd'])
    expect(lines.map((l) => (l.ok ? l.text : l.error))).toEqual(['a', 'bc', 'd'])
    expect(lines.map((l) => l.bytes)).toEqual([3, 3, 2])
  })

  it('reports a line that is not UTF-8 and goes on', async () => {
    const lines = await collect([new Uint8Array([0x61, 0xff, 0x0a]), 'ok\n'])
    expect(lines).toEqual([
      { ok: false, error: 'not valid UTF-8', bytes: 3 },
      { ok: true, text: 'ok', bytes: 3 },
    ])
  })

  it('drops an over-long line without holding it, then reads the next', async () => {
    const lines = await collect(['x'.repeat(30), 'x'.repeat(30), 'y\nshort\n', 'z'.repeat(25)], 20)
    expect(lines.map((l) => (l.ok ? l.text : l.error))).toEqual([
      'line longer than 20 bytes',
      'short',
      'line longer than 20 bytes',
    ])
  })
})

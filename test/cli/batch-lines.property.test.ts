import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLine } from '../../src/cli/batch/line.js'
import { type RawLine, readLines } from '../../src/cli/batch/lines.js'

/**
 * Properties of the JSONL reader of `headway batch`: whatever the bytes and however
 * they are chunked, one result per line (so bad lines keep their number), the good
 * lines decoded exactly, and no throw; any line text gives a result, never a throw.
 */

const SEED = 20261126

/** Bytes rich in what breaks line readers: LF, CR, invalid UTF-8, multi-byte sequences. */
const bytes = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
      { weight: 2, arbitrary: fc.constantFrom(10, 13) },
      fc.constantFrom(0x00, 0x80, 0xbf, 0xc0, 0xc3, 0xa9, 0xed, 0xa0, 0xf0, 0x9f, 0xff),
    ),
    { maxLength: 400 },
  )
  .map((a) => Uint8Array.from(a))

/** Cut points for the chunks the stream delivers. */
const cuts = fc.array(fc.nat(), { maxLength: 8 })

function chunked(data: Uint8Array, at: number[]): Buffer[] {
  const points = [...new Set(at.map((n) => n % (data.length + 1)))].sort((a, b) => a - b)
  const out: Buffer[] = []
  let start = 0
  for (const p of [...points, data.length]) {
    if (p > start) out.push(Buffer.from(data.subarray(start, p)))
    start = Math.max(start, p)
  }
  return out
}

/** What the reader should see: LF-separated segments, the last only when not empty. */
function segments(data: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = []
  let start = 0
  for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, start)) {
    out.push(data.subarray(start, i))
    start = i + 1
  }
  if (start < data.length) out.push(data.subarray(start))
  return out
}

function decodes(segment: Uint8Array): string | null {
  const end = segment[segment.length - 1] === 13 ? segment.length - 1 : segment.length
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(segment.subarray(0, end))
  } catch {
    return null
  }
}

describe('readLines (property)', () => {
  it('gives one result per line, in order, however the bytes are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, cuts, fc.constantFrom(8, 40, 1000), async (data, at, max) => {
        const results: RawLine[] = []
        for await (const line of readLines(Readable.from(chunked(data, at)), max))
          results.push(line)
        const expected = segments(data)
        expect(results).toHaveLength(expected.length)
        expected.forEach((segment, i) => {
          const result = results[i]
          const text = segment.length > max ? null : decodes(segment)
          if (text === null) expect(result?.ok, `line ${i + 1}`).toBe(false)
          else expect(result, `line ${i + 1}`).toMatchObject({ ok: true, text })
          if (result && !result.ok) expect(result.error).toMatch(/UTF-8|longer than/)
        })
      }),
      { numRuns: 300, seed: SEED },
    )
  })
})

describe('parseLine (property)', () => {
  it('never throws: any text is an item or a reason', () => {
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
      fc
        .record(
          { id: fc.anything({ maxDepth: 1 }), text: fc.anything({ maxDepth: 1 }) },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
    )
    fc.assert(
      fc.property(raw, fc.integer({ min: 1, max: 1_000_000 }), (text, n) => {
        const parsed = parseLine(text, n)
        if (parsed.ok) expect(parsed.item.line).toBe(n)
        else expect(parsed.error.length).toBeGreaterThan(0)
      }),
      { numRuns: 1000, seed: SEED },
    )
  })

  it('keeps the id and text of every valid line, whatever other keys it has', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ minLength: 1, maxLength: 50 }), fc.integer()),
        fc.dictionary(
          fc.string().filter((k) => !['id', 'text', 'question', 'spoken', 'context'].includes(k)),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        (id, extra) => {
          const text = 'In two years I want to lead the payments team.'
          const parsed = parseLine(JSON.stringify({ ...extra, id, text }), 7)
          expect(parsed).toMatchObject({ ok: true, item: { line: 7, id, text } })
        },
      ),
      { numRuns: 300, seed: SEED },
    )
  })
})

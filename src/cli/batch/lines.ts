import type { Readable } from 'node:stream'

/** No valid batch line comes near this: 20,000 characters escaped as \uXXXX plus the context. */
export const MAX_LINE_BYTES = 1_000_000

export type RawLine =
  | { ok: true; text: string; bytes: number }
  | { ok: false; error: string; bytes: number }

/**
 * Split a byte stream into lines (LF or CRLF), each strictly decoded as UTF-8.
 * A line that is not UTF-8 or is longer than `maxBytes` comes back as an error
 * instead of stopping the run, and an over-long line is never held in memory.
 */
export async function* readLines(
  stream: Readable,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let rest: Uint8Array = new Uint8Array(0)
  let dropped = 0
  const emit = (bytes: Uint8Array): RawLine => {
    const size = dropped + bytes.length + 1
    if (dropped > 0 || bytes.length > maxBytes) {
      dropped = 0
      return {
        ok: false,
        error: `line longer than ${maxBytes.toLocaleString('en')} bytes`,
        bytes: size,
      }
    }
    const end = bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length
    try {
      return { ok: true, text: decoder.decode(bytes.subarray(0, end)), bytes: size }
    } catch {
      return { ok: false, error: 'not valid UTF-8', bytes: size }
    }
  }
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array)
    const data = rest.length > 0 ? Buffer.concat([rest, piece]) : piece
    let start = 0
    for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, start)) {
      yield emit(data.subarray(start, i))
      start = i + 1
    }
    rest = data.subarray(start)
    if (rest.length > maxBytes) {
      dropped += rest.length
      rest = new Uint8Array(0)
    }
  }
  if (rest.length > 0 || dropped > 0) yield emit(rest)
}

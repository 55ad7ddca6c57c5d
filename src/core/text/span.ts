/**
 * Spans are UTF-16 offsets into the original input, as JavaScript strings index.
 * This module is the one place that defines them; nothing computes spans on a
 * normalised copy of the text.
 */
export type Span = readonly [start: number, end: number]

/** The text a span covers. */
export function slice(text: string, span: Span): string {
  return text.slice(span[0], span[1])
}

/** True when the span lies inside a text of this length and is not inverted. */
export function isValidSpan(span: Span, length: number): boolean {
  return (
    Number.isInteger(span[0]) &&
    Number.isInteger(span[1]) &&
    span[0] >= 0 &&
    span[0] <= span[1] &&
    span[1] <= length
  )
}

/** 1-based line and column of an offset, for terminal renderers. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

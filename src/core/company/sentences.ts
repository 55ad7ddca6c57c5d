/** A sentence of a block, with offsets into the page text. */
export interface Piece {
  readonly text: string
  readonly start: number
  readonly end: number
}

const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|mr|mrs|ms|dr|st|vs|no|approx|u\.s|jr|sr)|\b[A-Z])\.$/i

/**
 * Split a block's text into sentences, keeping offsets (`offset` is where the
 * block starts in the page text). A stop ends a sentence when whitespace and a
 * capital, digit or quote follow, and the word before it is not a common
 * abbreviation ("Inc.", "e.g."). Good enough for marketing prose; lists are
 * already split into blocks.
 */
export function sentencesOf(text: string, offset: number): Piece[] {
  // every extractor splits the same blocks: split each text once (V8 keeps a string's hash, so the lookup is cheap)
  let split = SPLIT_CACHE.get(text)
  if (!split) {
    if (SPLIT_CACHE.size >= SPLIT_CACHE_SIZE) SPLIT_CACHE.clear()
    split = splitSentences(text)
    SPLIT_CACHE.set(text, split)
  }
  if (offset === 0) return split.slice()
  return split.map((p) => ({ text: p.text, start: p.start + offset, end: p.end + offset }))
}

/** Texts whose sentences are kept; a page has a few thousand blocks at most. */
const SPLIT_CACHE_SIZE = 20_000
const SPLIT_CACHE = new Map<string, readonly Piece[]>()

function splitSentences(text: string): Piece[] {
  const offset = 0
  const out: Piece[] = []
  const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g
  let from = 0
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length
    if (ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue
    push(out, text, from, end, offset)
    from = end
  }
  push(out, text, from, text.length, offset)
  return out
}

function push(out: Piece[], text: string, from: number, to: number, offset: number): void {
  let a = from
  let b = to
  while (a < b && /\s/.test(text[a] ?? '')) a++
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--
  if (b > a) out.push({ text: text.slice(a, b), start: offset + a, end: offset + b })
}

/** Collapse whitespace and drop Markdown emphasis marks, for names and statement texts. */
export function clean(text: string): string {
  return text
    .replace(/(\*\*|__)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Lower-case, apostrophes dropped, other punctuation to spaces: for heading and phrase tests. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}+#/-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Word count of a text. */
export function wordCount(text: string): number {
  const t = text.trim()
  return t === '' ? 0 : t.split(/\s+/).length
}

import { scopeWords } from '../lexicons/scope-words.js'
import type { Document } from './document.js'

const NEGATORS: ReadonlySet<string> = new Set(scopeWords().negators)
/** Words after which a money or title word is a contrast, not a motive ("more than my title"). */
const CONTRAST_BEFORE: ReadonlySet<string> = new Set(scopeWords().contrastBefore)
/** Punctuation is grammar, not vocabulary: it stays here beside the lexicon's clause-breaking words. */
const CLAUSE_BREAK: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  ...scopeWords().clauseBreakWords,
])

/** Index of the first token of the clause that holds token `index`. */
export function clauseStart(doc: Document, index: number): number {
  const sentence = doc.sentences[doc.tokens[index]?.sentence ?? 0]
  const floor = sentence?.tokenStart ?? 0
  for (let i = index - 1; i >= floor; i--) {
    const t = doc.tokens[i]
    if (t && CLAUSE_BREAK.has(t.normal)) return i + 1
  }
  return floor
}

/**
 * True when the token at `index` sits under a negation or contrast earlier in its
 * clause ("I'm not motivated by salary", "less about my title", "more than the
 * title"). Looks back at most `window` tokens and stops at clause breaks.
 */
export function isNegated(doc: Document, index: number, window = 6): boolean {
  const from = Math.max(clauseStart(doc, index), index - window)
  for (let i = from; i < index; i++) {
    const t = doc.tokens[i]
    if (!t) continue
    if (NEGATORS.has(t.normal) || CONTRAST_BEFORE.has(t.normal)) return true
    if (t.normal === 'less' || t.normal === 'rather') return true
  }
  return false
}

/** Quotation marks are punctuation, not vocabulary: a constant here, not a lexicon. */
const QUOTE_OPEN = new Set(['"', '“', '‘', "'"])

/**
 * Character ranges inside quotation marks. Quoted speech ("my manager said
 * 'maybe later'") reports someone else's words, so rules skip it. Single quotes
 * count only when they open after a space and close before a non-letter, so
 * apostrophes in "don't" or "nurses'" are not taken for quotes.
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const pairs: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" }
  // Jump from one quote character to the next instead of visiting every character.
  const quoteChar = /["“‘']/g
  let i = 0
  while (i < text.length) {
    quoteChar.lastIndex = i
    const at = quoteChar.exec(text)
    if (!at) break
    i = at.index
    const ch = text[i] ?? ''
    const before = i === 0 ? ' ' : (text[i - 1] ?? ' ')
    if (QUOTE_OPEN.has(ch) && /[\s([—-]/.test(before)) {
      const close = pairs[ch] ?? ch
      let j = i + 1
      while (j < text.length) {
        const c = text[j]
        const after = text[j + 1] ?? ' '
        if (c === close && !/[A-Za-z]/.test(after)) break
        if (c === '\n') {
          j = -1
          break
        }
        j++
      }
      if (j > i && j < text.length) {
        ranges.push([i, j + 1])
        i = j + 1
        continue
      }
    }
    i++
  }
  return ranges
}

/** True when the offset lies inside one of the ranges. */
export function inRanges(
  ranges: ReadonlyArray<readonly [number, number]>,
  offset: number,
): boolean {
  return ranges.some(([s, e]) => offset > s && offset < e)
}

const HYPOTHETICAL_OPENERS = [
  ['if', 'i', 'were'],
  ['if', 'i', 'had'],
  ['people', 'say'],
  ['they', 'say'],
  ['some', 'people'],
]

/**
 * True when the sentence is a hypothetical or reported view, not the speaker's own
 * plan ("If I were only after money, I'd…", "Some people say…").
 */
export function isHypotheticalSentence(doc: Document, sentenceIndex: number): boolean {
  const s = doc.sentences[sentenceIndex]
  if (!s) return false
  const words: string[] = []
  for (let i = s.tokenStart; i < s.tokenEnd && words.length < 4; i++) {
    const t = doc.tokens[i]
    if (t && t.type === 'word') words.push(t.normal)
  }
  return HYPOTHETICAL_OPENERS.some((opener) => opener.every((w, k) => words[k] === w))
}

import { WORDS_PER_MINUTE } from '../contracts/limits.js'
import type { Stats } from '../contracts/report.js'
import { wordSet } from '../lexicons/index.js'
import type { Document } from '../text/document.js'

export { WORDS_PER_MINUTE }

/** Syllables by word as written: answers reuse most of their words. */
const syllableMemo = new Map<string, number>()

function syllables(word: string): number {
  let count = syllableMemo.get(word)
  if (count === undefined) {
    count = countSyllables(word)
    if (syllableMemo.size >= 50_000) syllableMemo.clear()
    syllableMemo.set(word, count)
  }
  return count
}

function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length <= 3) return 1
  const groups = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g)
  return Math.max(1, groups?.length ?? 1)
}

/** Words, sentences, spoken length, pace and a Flesch-Kincaid grade. */
export function statsOf(
  doc: Document,
  counts: { fillers: number; hedges: number },
  seconds?: number,
): Stats {
  const words = doc.words.length
  const sentences = Math.max(doc.sentences.length, 1)
  const syllableCount = doc.words.reduce((sum, i) => sum + syllables(doc.tokens[i]?.value ?? ''), 0)
  const grade =
    words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59
  const estimated = Math.round((words / WORDS_PER_MINUTE) * 60)
  return {
    words,
    sentences: doc.sentences.length,
    seconds: seconds ?? estimated,
    ...(seconds ? { wpm: Math.round((words / seconds) * 60) } : {}),
    fillers: counts.fillers,
    hedges: counts.hedges,
    grade: Math.round(Math.max(0, grade) * 10) / 10,
  }
}

const FUNCTION_WORDS = wordSet('functionWords')
const NOT_ENGLISH =
  'headway judges answers in English, and this looks like another language: it is not scored as if it were English.'
/** English prose of this many words or more is at least this share function words. */
const ENGLISH_MIN_WORDS = 8
const ENGLISH_FUNCTION_SHARE = 0.12

/** Shape bits of a token's value: has a letter; is all Latin script (digits, apostrophes, dots, hyphens allowed). */
const WRITTEN = 1
const LATIN = 2
/** Has a vowel (y included): a word rather than speech-recognition noise. */
const VOWEL = 4
const shapeMemo = new Map<string, number>()

/** The shape of a value, worked out once per distinct value (four regexes otherwise, per token). */
function shapeOf(value: string): number {
  let shape = shapeMemo.get(value)
  if (shape === undefined) {
    shape =
      (/[A-Za-z]/.test(value) || /\p{L}/u.test(value) ? WRITTEN : 0) |
      (/^[A-Za-z0-9'’.-]+$/.test(value) || /^[\p{Script=Latin}0-9'’.-]+$/u.test(value)
        ? LATIN
        : 0) |
      (/[aeiouy]/i.test(value) ? VOWEL : 0)
    if (shapeMemo.size >= 50_000) shapeMemo.clear()
    shapeMemo.set(value, shape)
  }
  return shape
}

/**
 * Why a text cannot be judged, or undefined when it can: another language or
 * script, a transcript where most tokens are not words, or words with no vowels
 * (speech-recognition noise). One pass over the tokens gathers every count.
 *
 * Another language: English lexicons would mine it for the wrong cues. English
 * answers of eight words or more run at 30 to 50% function words ("I", "to",
 * "the", "my"); Spanish, French or German prose at a few percent.
 */
export function unscorableReason(doc: Document, fillers: number): string | undefined {
  let tokens = 0
  let written = 0
  let latin = 0
  let common = 0
  let wordLike = 0
  for (const t of doc.tokens) {
    if (t.type === 'punctuation') continue
    if (t.type !== 'tabCRLF') tokens++
    const shape = shapeOf(t.value)
    if (t.type === 'word' && shape & VOWEL && t.value.length <= 20) wordLike++
    if (!(shape & WRITTEN)) continue
    written++
    if (shape & LATIN) latin++
    if (FUNCTION_WORDS.has(t.normal)) common++
  }
  if (written > 0) {
    if (latin / written < 0.5) return NOT_ENGLISH
    if (written >= ENGLISH_MIN_WORDS && common / written < ENGLISH_FUNCTION_SHARE)
      return NOT_ENGLISH
  }
  const words = doc.words.length
  if (words < 3) return 'There are too few words to judge.'
  if (wordLike / Math.max(tokens, 1) < 0.5)
    return 'Most of this is not words: the transcript looks garbled. Try recording again.'
  if (fillers / words > 0.5) return 'Most words are fillers: there is not enough content to judge.'
  return undefined
}

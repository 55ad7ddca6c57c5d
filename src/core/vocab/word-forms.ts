import model from 'wink-eng-lite-web-model'
import { wordSet } from '../lexicons/index.js'

type Stemmer = (word: string) => string
const porter = (model as unknown as { addons: { stem: Stemmer } }).addons.stem

const cache = new Map<string, string>()

/**
 * A word-form key: Porter stem with a few repairs where Porter splits a family
 * ("honesty" → "honesti" vs "honest"; "simplicity" vs "simple"; "curiosity" vs
 * "curious"). Two words with the same key are forms of one word, so
 * "collaborative" fits "collaboration".
 *
 * @example
 * wordForm('collaborative') === wordForm('collaboration') // true
 */
export function wordForm(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'")
  const hit = cache.get(lower)
  if (hit !== undefined) return hit
  const repaired = lower
    .replace(/'s$/, '')
    .replace(/osity$/, 'ous')
    .replace(/icity$/, 'e')
    .replace(/ility$/, 'le')
  let key = porter(repaired)
  if (key.length > 4 && key.endsWith('i')) key = key.slice(0, -1)
  if (cache.size > 50_000) cache.clear()
  cache.set(lower, key)
  return key
}

/**
 * Words that carry no value on their own: a value named "Be a Good Ancestor"
 * should not match every "good" in an answer.
 */
export const WEAK_WORDS = wordSet('weakWords')

/** True when a word is a content word worth matching (not a weak word, at least 3 letters). */
export function isContentWord(word: string): boolean {
  const w = word.toLowerCase()
  return w.length >= 3 && /[a-z]/.test(w) && !WEAK_WORDS.has(w)
}

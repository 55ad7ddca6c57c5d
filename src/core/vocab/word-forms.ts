import model from 'wink-eng-lite-web-model'

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
export const WEAK_WORDS = new Set(
  `a an the and or of to in on for with by at from as is are be been being do does did make
  made our we us you your i my me it its this that these those all every each always never
  good great best better more most very really just new one first way ways thing things get
  go take keep put let work working own people everyone everything stay win wins can will build building`
    .split(/\s+/)
    .filter(Boolean),
)

/** True when a word is a content word worth matching (not a weak word, at least 3 letters). */
export function isContentWord(word: string): boolean {
  const w = word.toLowerCase()
  return w.length >= 3 && /[a-z]/.test(w) && !WEAK_WORDS.has(w)
}

/**
 * The longest run of characters without a space that wink-nlp reads as written.
 * wink's tokenizer tries its e-mail and URL patterns at every position of an
 * unknown token, so its cost grows with the square of the token's length: one
 * 20,000-character token ("lead-lead-…") took seconds where a normal answer of
 * the same size takes milliseconds. No real word, e-mail address or URL in an
 * answer is this long; runs beyond it are cut, which bounds the cost to a small
 * multiple of a normal text's (bench/adversarial.bench.ts prints the ratio).
 */
export const MAX_RUN = 100

/** What wink splits raw tokens on (its `helpers.splitter`), so runs are measured as wink sees them. */
const SPLIT = ' \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f\\n\\r\\t'
const LONG_RUN = new RegExp(`[^${SPLIT}]{${MAX_RUN + 1},}`, 'g')
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u

/**
 * A copy of `text` of the same length in which every run of more than MAX_RUN
 * non-space characters is cut by turning one character into a space every
 * MAX_RUN characters or fewer: the last punctuation mark in the window when
 * there is one (so words stay whole), else the window's last character. The
 * length and every other character are unchanged, so offsets computed on the
 * copy are offsets into `text`; a cut character simply belongs to no token.
 * Returns `text` itself when there is nothing to cut (the common case).
 *
 * @example
 * breakLongRuns('lead-'.repeat(30)).length // 150, with a space where one '-' was
 */
export function breakLongRuns(text: string): string {
  if (text.length <= MAX_RUN || !hasLongRun(text)) return text
  return text.replace(LONG_RUN, (run) => {
    const chars = run.split('')
    let from = 0
    while (chars.length - from > MAX_RUN) {
      let cut = from + MAX_RUN - 1
      for (let i = cut; i > from + MAX_RUN / 2; i--) {
        const char = chars[i] ?? ''
        if (!isSurrogate(char) && !LETTER_OR_DIGIT.test(char)) {
          cut = i
          break
        }
      }
      // Never leave half of a surrogate pair: blank its other half too.
      const code = (chars[cut] ?? ' ').charCodeAt(0)
      if (code >= 0xdc00 && code <= 0xdfff && isSurrogate(chars[cut - 1])) chars[cut - 1] = ' '
      chars[cut] = ' '
      if (code >= 0xd800 && code <= 0xdbff && isSurrogate(chars[cut + 1])) {
        cut += 1
        chars[cut] = ' '
      }
      from = cut + 1
    }
    return chars.join('')
  })
}

/** True when a character is one wink splits raw tokens on (SPLIT). */
function isSplit(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x09 ||
    code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 ||
    code === 0x200a ||
    code === 0x202f ||
    code === 0x205f
  )
}

/**
 * Whether any run is longer than MAX_RUN: one pass over the characters, where the
 * LONG_RUN regex retries from every character of every word before it fails.
 */
function hasLongRun(text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    if (isSplit(text.charCodeAt(i))) run = 0
    else if (++run > MAX_RUN) return true
  }
  return false
}

function isSurrogate(char: string | undefined): boolean {
  if (char === undefined || char === '') return false
  const code = char.charCodeAt(0)
  return code >= 0xd800 && code <= 0xdfff
}

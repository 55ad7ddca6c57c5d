/** Longest answer analyze accepts, in UTF-16 code units (about 3,000 words). */
export const MAX_TEXT_LENGTH = 20_000

export type InputErrorCode = 'empty' | 'too-long' | 'binary'

/** Text analyze cannot take, with a code for each documented limit. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Control characters other than tab, newline and carriage return, and U+FFFD from bad UTF-8. */
function oddCharacters(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) count++
  }
  return count
}

/**
 * The one place that decides which text analyze accepts (STYLE.md 11): not
 * empty, at most MAX_TEXT_LENGTH, and text rather than binary.
 */
export function checkInput(text: unknown): string {
  if (typeof text !== 'string') throw new InputError('empty', 'The answer must be text.')
  if (text.trim().length === 0)
    throw new InputError('empty', 'The answer is empty: write or paste your answer first.')
  if (text.length > MAX_TEXT_LENGTH) {
    throw new InputError(
      'too-long',
      `The answer is ${text.length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en')} (about 3,000 words).`,
    )
  }
  const odd = oddCharacters(text)
  if (text.includes('\u0000') || odd > Math.max(3, text.length * 0.01)) {
    throw new InputError(
      'binary',
      'This looks like binary data, not text: paste the answer as plain text.',
    )
  }
  return text
}

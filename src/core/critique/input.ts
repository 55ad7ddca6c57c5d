import { z } from 'zod'
import { MAX_TEXT_LENGTH } from '../contracts/limits.js'

export { MAX_TEXT_LENGTH }

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

/**
 * checkInput as a zod schema, for the edges that validate a request body: the
 * server checks the answer here, at the boundary, and then calls analyzeChecked,
 * so each request checks its text once and by the same rules.
 */
export const answerTextSchema = z.string().superRefine((text, ctx) => {
  try {
    checkInput(text)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    ctx.addIssue({ code: 'custom', message: error.message, params: { input: error.code } })
  }
})

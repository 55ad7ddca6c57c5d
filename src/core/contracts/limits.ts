/**
 * The figures every edge and every part of core share, defined once and imported
 * (README limits table, docs/RELIABILITY.md).
 */

/** Longest answer or transcript headway critiques, in UTF-16 code units (about 3,000 words). */
export const MAX_TEXT_LENGTH = 20_000

/** Words a minute used to estimate spoken length when nothing was timed (RUBRIC.md). */
export const WORDS_PER_MINUTE = 140

/**
 * Words that fit in `seconds` at the person's own measured pace (the practice word
 * budget), to the nearest five: it is said as "about N words", and a budget of 143
 * claims a precision a pace does not have.
 */
export function wordBudget(seconds: number, wpm: number = WORDS_PER_MINUTE): number {
  return Math.round((seconds / 60) * (wpm / 5)) * 5
}

import type { Document } from '../text/document.js'

/**
 * How much of the answer the sentences holding these tokens make up, in words (0 to 1).
 * One complaint, one money motive or one refusal weighs differently in a one-line
 * answer, where it is the whole answer, than in a paragraph of plans: rules flag a
 * single signal when its sentences carry at least half of what was said.
 */
function sentenceShare(doc: Document, tokenIndexes: Iterable<number>): number {
  const sentences = new Set<number>()
  for (const i of tokenIndexes) {
    const s = doc.tokens[i]?.sentence
    if (s !== undefined) sentences.add(s)
  }
  if (sentences.size === 0 || doc.words.length === 0) return 0
  let words = 0
  for (const w of doc.words) if (sentences.has(doc.tokens[w]?.sentence ?? -1)) words++
  return words / doc.words.length
}

/** The share at which a single signal is what the answer says. */
const CARRIES_SHARE = 0.5
/** Past this many words an answer has room for more than one point, whatever one sentence says. */
const SHORT_ANSWER_WORDS = 40

/** Whether the sentences holding these tokens are what a short answer says. */
export function carriesAnswer(doc: Document, tokenIndexes: Iterable<number>): boolean {
  return doc.words.length < SHORT_ANSWER_WORDS && sentenceShare(doc, tokenIndexes) >= CARRIES_SHARE
}

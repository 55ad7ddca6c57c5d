import type { Document } from '../../text/document.js'
import { defineRule, type Hit } from '../rule.js'

/** Plain statements of intent: "I plan to", "my goal is", "I will", "I want to". */
const OPENERS = [
  /\bI (?:plan|intend|mean|aim|expect) to\b/gi,
  /\bmy (?:goal|aim|plan|target|priority) (?:is|for|would be)\b/gi,
  /\bI(?:'|’)ll\b|\bI will\b/gi,
  /\bI want to\b/gi,
  /\bI(?:'|’)m (?:working toward|aiming)\b/gi,
]

/** Every opener as one alternation (a group each): one scan of the text, not one per opener. */
const ANY_OPENER = new RegExp(OPENERS.map((p) => `(${p.source})`).join('|'), 'gi')

/**
 * Spans of plain commitments, opener by opener (the order of OPENERS), each in text
 * order. Two openers never match overlapping text, so one scan finds what five would.
 */
function commitments(doc: Document): Array<[number, number]> {
  const byOpener: Array<Array<[number, number]>> = OPENERS.map(() => [])
  for (const m of doc.text.matchAll(ANY_OPENER)) {
    const opener = m.slice(1).findIndex((group) => group !== undefined)
    byOpener[opener]?.push([m.index, m.index + m[0].length])
  }
  return byOpener.flat()
}

export const commitment = defineRule({
  id: 'commitment',
  criterion: 'confidence',
  description: 'Plain commitments ("I plan to", "my goal is").',
  check(doc) {
    return commitments(doc).map(
      (span): Hit => ({ rule: 'commitment', criterion: 'confidence', effect: 'earns', span }),
    )
  },
})

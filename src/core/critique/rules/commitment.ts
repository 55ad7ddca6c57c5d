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

function commitments(doc: Document): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const pattern of OPENERS) {
    for (const m of doc.text.matchAll(new RegExp(pattern)))
      spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length])
  }
  return spans
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

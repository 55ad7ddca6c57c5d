import { concreteItems } from '../concreteness.js'
import { phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'

const contribution = phraseKind('signals', 'contribution')
const OPENING_WEAK =
  /^(?:well|so|okay|oh|um|uh|hmm|that's a (?:great|good|tough) question|honestly)\b/i

/**
 * Hiring managers remember the first and last sentences: the answer should open
 * with its headline goal and close on what the person will bring.
 */
export const structure = defineRule({
  id: 'structure',
  criterion: 'concise',
  description: 'Opens with the headline goal and closes on the contribution.',
  check(doc) {
    const first = doc.sentences[0]
    const last = doc.sentences[doc.sentences.length - 1]
    if (!first || !last || doc.sentences.length < 3) return []
    const hits: Hit[] = []
    const concrete = concreteItems(doc)
    const inSpan = (s: { start: number; end: number }) =>
      concrete.some((c) => c.span[0] >= s.start && c.span[0] < s.end)
    const opening = doc.text.slice(first.start, first.end)
    if (OPENING_WEAK.test(opening.trim()) && !inSpan(first)) {
      hits.push({
        rule: 'structure',
        criterion: 'concise',
        effect: 'costs',
        span: [first.start, first.end],
        weight: 0.5,
        message: 'The first sentence warms up instead of stating your goal.',
        suggestion: 'Open with the headline: the role or skill you are working toward and by when.',
      })
    }
    const closes = contribution(doc).some((m) => m.span[0] >= last.start)
    if (closes)
      hits.push({
        rule: 'structure',
        criterion: 'concise',
        effect: 'earns',
        span: [last.start, last.end],
      })
    return hits
  },
})

import { concreteItems } from '../concreteness.js'
import { matchText, phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'

const stock = phraseKind('stockPhrases')

export const vague = defineRule({
  id: 'vague',
  criterion: 'specific',
  description:
    'Stock phrases ("grow professionally", "make an impact", "a great company") with little concrete behind them.',
  check(doc) {
    const found = stock(doc)
    if (found.length === 0) return []
    const concrete = concreteItems(doc).length
    const words = Math.max(doc.words.length, 1)
    // Vague when stock phrases outnumber the concrete things named, or when the
    // answer names almost nothing concrete for its length.
    const flagged =
      (found.length >= 2 && found.length >= concrete) ||
      (found.length >= 1 && concrete <= 1) ||
      (found.length >= 4 && concrete / words < 0.04)
    return found.map(
      (m): Hit => ({
        rule: 'vague',
        criterion: 'specific',
        effect: 'costs',
        span: m.span,
        ...(flagged ? { flag: 'vague' as const } : {}),
        actual: matchText(doc, m),
        message: `"${matchText(doc, m)}" could be said by anyone about any job.`,
        suggestion:
          m.entry.suggestion ??
          'Replace it with the skill, role, product or result you actually mean.',
      }),
    )
  },
})

import { concreteItems, occupations } from '../concreteness.js'
import { matchText, phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'

const stock = phraseKind('stockPhrases')
/** Concrete items per 100 words. Strong answers in the development set name at least 7. */
const THIN = 4
/** Below this many words, an answer naming nothing concrete is vague without a stock phrase. */
const SHORT = 30
/** Distinct stock phrases that make an answer vague whatever else it names. */
const STOCK_HEAVY = 3
/** Two stock phrases are enough when the concrete items are this thin (per 100 words). */
const STOCK_PAIR_THIN = 6

export const vague = defineRule({
  id: 'vague',
  criterion: 'specific',
  description:
    'Stock phrases ("grow professionally", "make an impact", "a great company") with little concrete behind them.',
  check(doc) {
    const found = stock(doc)
    const words = doc.words.length
    const density = (concreteItems(doc).length / Math.max(words, 1)) * 100
    const distinct = new Set(found.map((m) => m.entry.phrase)).size
    const items = concreteItems(doc).length
    // A short answer that names nothing ("To grow and learn.") is empty; a line of work
    // ("teaching") is something. A longer answer merely thin on specifics costs through the
    // criterion, not the flag: RUBRIC.md keeps `vague` for stock phrases with nothing behind them.
    const empty = words < SHORT && items === 0 && occupations(doc).length === 0
    const flagged =
      distinct >= STOCK_HEAVY ||
      (distinct >= 2 && density < STOCK_PAIR_THIN) ||
      (found.length > 0 && density < THIN) ||
      empty
    const hits: Hit[] = found.map((m) => ({
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
    }))
    if (empty && found.length === 0) {
      hits.push({
        rule: 'vague',
        criterion: 'specific',
        effect: 'costs',
        span: [0, doc.text.length],
        flag: 'vague',
        message: 'The answer names almost nothing concrete: no role, skill, figure or timeframe.',
        suggestion: 'Name the role you are aiming for, one skill you will build, and by when.',
      })
    }
    return hits
  },
})

import { timeExpressions } from '../../text/time.js'
import { phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'

const shortWords = phraseKind('horizons', 'short')
const longWords = phraseKind('horizons', 'long')
/** RUBRIC.md: short term is the next year or two; long term is beyond. */
const SHORT_MAX_YEARS = 2

export const horizon = defineRule({
  id: 'horizon',
  criterion: 'horizon',
  description:
    'A short-term goal (next year or two) and a long-term one (beyond, or "ultimately").',
  check(doc) {
    const hits: Hit[] = []
    const add = (span: readonly [number, number], term: 'short-term' | 'long-term') =>
      hits.push({
        rule: 'horizon',
        criterion: 'horizon',
        effect: 'earns',
        span,
        strength: term,
        actual: doc.text.slice(span[0], span[1]),
      })
    for (const t of timeExpressions(doc)) {
      if (!t.ahead || t.years === undefined) continue
      add(t.span, t.years <= SHORT_MAX_YEARS ? 'short-term' : 'long-term')
    }
    for (const m of shortWords(doc, { skipNegated: true })) add(m.span, 'short-term')
    for (const m of longWords(doc, { skipNegated: true })) add(m.span, 'long-term')
    const has = (s: string) => hits.some((h) => h.strength === s)
    if (!has('short-term') || !has('long-term')) {
      const missing = has('short-term')
        ? 'long-term'
        : has('long-term')
          ? 'short-term'
          : 'short- or long-term'
      hits.push({
        rule: 'horizon',
        criterion: 'horizon',
        effect: 'costs',
        span: [0, Math.min(doc.text.length, doc.sentences[0]?.end ?? doc.text.length)],
        message: `No ${missing} goal: interviewers listen for both the next step and where it leads.`,
        suggestion: has('short-term')
          ? 'Add where this leads: "Within five years I want to…" or "Ultimately…".'
          : 'Add the next step: "In my first year I plan to…".',
      })
    }
    return hits
  },
})

import { matchText, phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'
import { CARRIES_ANSWER, sentenceShare } from '../share.js'

const terms = phraseKind('moneyTitle', 'term', 'lemma')
const emphasis = phraseKind('moneyTitle', 'emphasis', 'lemma')
/** Term weight at which money or title reads as the main motive. */
const THRESHOLD = 2

export const salaryTitle = defineRule({
  id: 'salary-title',
  criterion: 'motivation',
  description: 'Money, perks or a title given as the reason, not under negation or contrast.',
  check(doc) {
    // "I'm not motivated by salary", "more to me than my own title": contrast, not motive.
    const found = terms(doc, { skipNegated: true })
    if (found.length === 0) return []
    const termSentences = new Set(found.map((m) => doc.tokens[m.first]?.sentence))
    const stressed = emphasis(doc, { skipNegated: true }).filter((m) =>
      termSentences.has(doc.tokens[m.first]?.sentence),
    )
    const weight = found.length + stressed.length
    // One term is the motive when its sentences are most of the answer ("The money would help me").
    const carries =
      sentenceShare(
        doc,
        found.map((m) => m.first),
      ) >= CARRIES_ANSWER
    const flagged = weight >= THRESHOLD || carries
    const hits: Hit[] = [...found, ...stressed].map((m) => ({
      rule: 'salary-title',
      criterion: 'motivation',
      effect: 'costs',
      span: m.span,
      ...(flagged ? { flag: 'salary-title' as const } : {}),
      actual: matchText(doc, m),
      message: `"${matchText(doc, m)}" makes pay or title sound like the reason.`,
      suggestion:
        'Lead with the work you want to do and what you will deliver; leave pay for the offer stage.',
    }))
    return hits
  },
})

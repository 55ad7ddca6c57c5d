import { wordSet } from '../../lexicons/index.js'
import type { Document } from '../../text/document.js'
import type { Span } from '../../text/span.js'
import { concreteItems } from '../concreteness.js'
import { matchText, phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'
import { carriesAnswer } from '../share.js'

const terms = phraseKind('moneyTitle', 'term', 'lemma')
const contribution = phraseKind('signals', 'contribution')
const learning = phraseKind('signals', 'learning')
const ROLE_HEADS = wordSet('roles')
/** A title named with nothing about the work is the whole goal in an answer this short (words). */
const BARE_TITLE_WORDS = 15
const emphasis = phraseKind('moneyTitle', 'emphasis', 'lemma')
/** Term weight at which money or title reads as the main motive. */
const THRESHOLD = 2

/** "be a content director", "promoted to vice president": a title as the thing wanted. */
function titlesWanted(doc: Document): Span[] {
  const found: Span[] = []
  doc.tokens.forEach((t, i) => {
    const wants = t.lemma === 'become' || t.lemma === 'be' || t.normal === 'promoted'
    if (!wants) return
    for (let k = i + 1; k <= i + 6; k++) {
      const w = doc.tokens[k]
      if (!w || w.sentence !== t.sentence || w.type === 'punctuation') break
      if (!ROLE_HEADS.has(w.normal)) continue
      const after = doc.tokens[k + 1]
      // "a specialist who drives efficiency at scale": the title comes with its work.
      if (after?.type === 'word') break
      found.push([t.start, w.end])
      break
    }
  })
  return found
}

/**
 * The goal is a title and nothing else: a one-line "I want to be a manager", or a
 * ladder of titles ("associate, then vice president, then managing director") with no
 * word about the work, what the person will add or learn.
 */
function titleOnly(doc: Document): Span[] {
  const titles = titlesWanted(doc)
  if (titles.length === 0) return []
  const aboutWork = contribution(doc).length > 0 || learning(doc).length > 0
  if (aboutWork) return []
  // A ladder of titles stays a ladder whatever school or firm it names; one title in a
  // short answer is a goal when a figure or a named tool comes with it.
  if (titles.length >= 2) return titles
  const named = concreteItems(doc).some((c) => c.kind === 'number' || c.kind === 'skill')
  return !named && doc.words.length <= BARE_TITLE_WORDS ? titles : []
}

export const salaryTitle = defineRule({
  id: 'salary-title',
  criterion: 'motivation',
  description: 'Money, perks or a title given as the reason, not under negation or contrast.',
  check(doc) {
    // "I'm not motivated by salary", "more to me than my own title": contrast, not motive.
    const found = terms(doc, { skipNegated: true })
    const bare = titleOnly(doc)
    if (bare.length > 0)
      return bare.map((span) => ({
        rule: 'salary-title',
        criterion: 'motivation',
        effect: 'costs',
        span,
        flag: 'salary-title',
        actual: doc.text.slice(span[0], span[1]),
        message: 'The goal is a title, with nothing about the work you want to do in it.',
        suggestion:
          'Say what the title means to you: the work you would do, the people or results you would be responsible for.',
      }))
    if (found.length === 0) return []
    const termSentences = new Set(found.map((m) => doc.tokens[m.first]?.sentence))
    const stressed = emphasis(doc, { skipNegated: true }).filter((m) =>
      termSentences.has(doc.tokens[m.first]?.sentence),
    )
    const weight = found.length + stressed.length
    // One term is the motive when its sentences are most of the answer ("The money would help me").
    const carries = carriesAnswer(
      doc,
      found.map((m) => m.first),
    )
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

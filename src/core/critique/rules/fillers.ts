import { confidenceFrames } from '../../lexicons/confidence-frames.js'
import type { Document } from '../../text/document.js'
import { perDocument } from '../../text/memo.js'
import type { Span } from '../../text/span.js'
import { phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'

const fillerPhrases = phraseKind('fillers')
/** Fillers per 100 words above which they bury the content. */
const FLAG_DENSITY = 7
/** This many fillers in one sentence marks the moment the speaker lost the thread. */
const CLUSTER = 4
/** Words that make a following "like" a verb or a comparison ("I'd like", "feel like"). */
const LIKE_VERB_BEFORE: ReadonlySet<string> = new Set(confidenceFrames().likeVerbBefore)

/**
 * "like" as a filler: set off by commas, or between a word and a number or
 * determiner ("for like seven years"), but not as a verb or comparison.
 */
function likeFillers(doc: Document): Span[] {
  const spans: Span[] = []
  doc.tokens.forEach((t, i) => {
    if (t.normal !== 'like') return
    const before = doc.tokens[i - 1]
    const after = doc.tokens[i + 1]
    if (before && LIKE_VERB_BEFORE.has(before.normal)) return
    const commaNear = before?.value === ',' || after?.value === ','
    const sentenceStart = !before || before.sentence !== t.sentence
    const beforeNumber = after?.type === 'number' || after?.pos === 'NUM' || after?.pos === 'DET'
    if (commaNear || sentenceStart || beforeNumber) spans.push([t.start, t.end])
  })
  return spans
}

/** Every filler in a document, in text order, skipping "you know" followed by an object. */
export const findFillers = perDocument(function findFillers(doc: Document): Span[] {
  const spans: Span[] = fillerPhrases(doc, { skipHypothetical: false })
    .filter((m) => {
      if (m.entry.phrase !== 'you know') return true
      const next = doc.tokens[m.last + 1]
      return next?.type !== 'word' || ['what', 'i', 'like'].includes(next.normal)
    })
    .map((m) => m.span)
  return [...spans, ...likeFillers(doc)].sort((a, b) => a[0] - b[0])
})

export const fillers = defineRule({
  id: 'fillers',
  criterion: 'confidence',
  description: 'Spoken fillers (um, uh, like, you know) and where they cluster.',
  check(doc, ctx) {
    const spans = findFillers(doc)
    if (spans.length === 0) return []
    const density = (spans.length / Math.max(doc.words.length, 1)) * 100
    const flagged = ctx.spoken && density >= FLAG_DENSITY
    const hits: Hit[] = spans.map((span) => ({
      rule: 'fillers',
      criterion: 'confidence',
      effect: 'costs',
      span,
      weight: 0.3,
      ...(flagged ? { flag: 'fillers' as const } : {}),
      actual: doc.text.slice(span[0], span[1]),
      message: `Filler "${doc.text.slice(span[0], span[1])}".`,
      suggestion: 'Pause silently instead; a short pause sounds more confident than a filler.',
    }))
    for (const s of doc.sentences) {
      const inSentence = spans.filter(([start]) => start >= s.start && start < s.end).length
      if (inSentence >= CLUSTER) {
        hits.push({
          rule: 'filler-cluster',
          criterion: 'confidence',
          effect: 'costs',
          span: [s.start, s.end],
          weight: 0,
          message: `${inSentence} fillers in one sentence: this is where the thread slipped.`,
          suggestion: 'Rehearse this sentence on its own until it comes out in one breath.',
        })
      }
    }
    return hits
  },
})

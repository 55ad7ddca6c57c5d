import { isNegated } from '../../text/scope.js'
import { matchText, phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'
import { carriesAnswer } from '../share.js'

const evaluations = phraseKind('complaints', 'evaluation', 'lemma')
const targets = phraseKind('complaints', 'target')
const escapes = phraseKind('complaints', 'escape')
const aversions = phraseKind('complaints', 'aversion', 'lemma')
/** Complaint weight at which the answer reads as a grievance. */
const THRESHOLD = 2

export const negativity = defineRule({
  id: 'negativity',
  criterion: 'positivity',
  description: 'Complaints about past or current employers, bosses, coworkers or jobs.',
  check(doc) {
    const targetCount = new Map<number, number>()
    const named = new Set<number>()
    for (const m of targets(doc)) {
      const s = doc.tokens[m.first]?.sentence ?? -1
      targetCount.set(s, (targetCount.get(s) ?? 0) + 1)
      if (doc.tokens[m.last]?.pos !== 'PRON') named.add(s)
    }
    const targetSentences = new Set(targetCount.keys())
    // A harsh word counts when it judges a workplace or its people in the same sentence,
    // or when it is negated praise ("never backed me up").
    const complaints = evaluations(doc).filter((m) => {
      const sentence = doc.tokens[m.first]?.sentence ?? -1
      if (m.entry.phrase.startsWith('backed')) return isNegated(doc, m.first, 8)
      return targetSentences.has(sentence)
    })
    const wantsOut = escapes(doc, { skipNegated: true })
    // "I loathed finance", "I'm sick of it": the speaker's own dislike names its object.
    // "I hate seeing patients wait" is a motive, not a complaint: a verb follows.
    const disliked = aversions(doc, { skipNegated: true }).filter((m) => {
      const next = doc.tokens[m.last + 1]
      return !(next?.pos === 'VERB' || next?.normal === 'to' || next?.normal.endsWith('ing'))
    })
    const all = [...complaints, ...wantsOut, ...disliked]
    // One sentence that runs down several people ("the principal…, and half my colleagues…") counts twice.
    const spread = complaints.some(
      (m) => (targetCount.get(doc.tokens[m.first]?.sentence ?? -1) ?? 0) >= 3,
    )
    // A harsh judgement of someone named ("the principal was impossible to work for") is a
    // complaint on its own, even between two good sentences; "they" alone may be anyone.
    const aimed = complaints.some((m) => named.has(doc.tokens[m.first]?.sentence ?? -1))
    const carries = carriesAnswer(
      doc,
      all.map((m) => m.first),
    )
    const flagged = all.length + (spread ? 1 : 0) >= THRESHOLD || carries || aimed
    return all.map(
      (m): Hit => ({
        rule: 'negativity',
        criterion: 'positivity',
        effect: 'costs',
        span: m.span,
        ...(flagged ? { flag: 'negative' as const } : {}),
        actual: matchText(doc, m),
        message: `"${matchText(doc, m)}" looks back in complaint.`,
        suggestion:
          'Say what you are moving toward, not away from: the work, team or skill this job offers.',
      }),
    )
  },
})

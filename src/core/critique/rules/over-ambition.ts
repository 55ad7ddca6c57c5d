import { realismFrames } from '../../lexicons/realism-frames.js'
import type { Document } from '../../text/document.js'
import type { Span } from '../../text/span.js'
import { timeExpressions } from '../../text/time.js'
import { phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'

const topRoles = phraseKind('ambition', 'top-role')
const seniorRoles = phraseKind('ambition', 'senior-role')
const units = phraseKind('ambition', 'unit', 'lemma')
const bigChanges = phraseKind('ambition', 'big-change', 'lemma')
const entry = phraseKind('ambition', 'entry', 'lemma')
const dismissTime = phraseKind('ambition', 'dismiss-time')
const takeover = phraseKind('ambition', 'takeover')
const LEAD_VERBS: ReadonlySet<string> = new Set(realismFrames().leadVerbs)
/** Words before a top role that make it the speaker's aim ("to be CEO", "make VP", "as the CNO"). */
const ASPIRE: ReadonlySet<string> = new Set(realismFrames().aspireWords)
/** A leap to the top within this many years reads as unrealistic. */
const SHORT_YEARS = 3
/** A senior post (director, partner) is a leap only this soon, or from an entry-level start. */
const VERY_SHORT_YEARS = 2

interface Found {
  span: Span
  message: string
}

/** Sentences that hold a forward horizon of at most `years`. */
function shortHorizonSentences(doc: Document, years: number): Set<number> {
  const set = new Set<number>()
  for (const t of timeExpressions(doc)) {
    if (t.ahead && t.years !== undefined && t.years <= years) {
      const token = doc.tokens.find((x) => x.start >= t.span[0])
      if (token) set.add(token.sentence)
    }
  }
  return set
}

/** "running the whole marketing org", "lead that transformation": a lead verb over a whole unit. */
function wholeUnitLeads(doc: Document): Found[] {
  return [...units(doc), ...bigChanges(doc)]
    .filter((m) => {
      const from = Math.max(0, m.first - 5)
      return doc.tokens.slice(from, m.first).some((t) => LEAD_VERBS.has(t.lemma))
    })
    .map((m) => ({ span: m.span, message: 'Running a whole organisation' }))
}

export const overAmbition = defineRule({
  id: 'over-ambition',
  criterion: 'realism',
  description:
    'Unrealistic leaps: the top job or a whole department within a short time or from an entry-level start; "I want your job".',
  check(doc) {
    const short = shortHorizonSentences(doc, SHORT_YEARS)
    const veryShort = shortHorizonSentences(doc, VERY_SHORT_YEARS)
    const entryLevel = entry(doc).length > 0
    const dismissive = dismissTime(doc, { skipNegated: false })
    const aspired = (m: { first: number }) =>
      doc.tokens.slice(Math.max(0, m.first - 4), m.first).some((t) => ASPIRE.has(t.normal))
    const sentenceOf = (f: { span: Span }) =>
      doc.tokens.find((t) => t.start >= f.span[0])?.sentence ?? -1
    const leaps: Found[] = [
      ...topRoles(doc, { skipNegated: true }).filter(aspired),
      ...wholeUnitLeads(doc),
    ]
      .filter((f) => entryLevel || dismissive.length > 0 || short.has(sentenceOf(f)))
      .map((f) => ({ span: f.span, message: 'A leap to the top this soon' }))
    const seniorLeaps: Found[] = seniorRoles(doc, { skipNegated: true })
      .filter(aspired)
      .filter((f) => entryLevel || veryShort.has(sentenceOf(f)))
      .map((f) => ({ span: f.span, message: 'A senior post this soon' }))
    const found: Found[] = [
      ...takeover(doc).map((m) => ({ span: m.span, message: "Wanting the interviewer's job" })),
      ...leaps,
      ...seniorLeaps,
    ]
    // Waving away how long a path takes is over-ambition whenever a short horizon is set.
    if (found.length > 0 || (dismissive.length > 0 && short.size > 0)) {
      found.push(
        ...dismissive.map((m) => ({ span: m.span, message: 'Waving away the time it takes' })),
      )
    }
    return found.map(
      (f): Hit => ({
        rule: 'over-ambition',
        criterion: 'realism',
        effect: 'costs',
        span: f.span,
        flag: 'over-ambitious',
        actual: doc.text.slice(f.span[0], f.span[1]),
        message: `${f.message} reads as unrealistic for where you are starting.`,
        suggestion:
          'Keep the ambition but stage it: the next role you can earn in two or three years, and what you will prove first.',
      }),
    )
  },
})

import { wordSet } from '../../lexicons/index.js'
import type { Document } from '../../text/document.js'
import type { Span } from '../../text/span.js'
import { phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'
import { carriesAnswer } from '../share.js'

const businessNouns = wordSet('offRole', 'business')
const solo = phraseKind('offRole', 'solo')
const study = phraseKind('offRole', 'study')
const commit = phraseKind('offRole', 'commit')
const stopgap = phraseKind('offRole', 'stopgap')

interface Found {
  span: Span
  /** The token the finding starts at: its sentence is what the finding weighs in the answer. */
  first: number
  weight: number
  message: string
}

/** "my own (digital marketing) agency", "start my own company": a business of one's own. */
function ownBusiness(doc: Document): Found[] {
  const found: Found[] = []
  doc.tokens.forEach((t, i) => {
    if (t.normal !== 'own' || doc.tokens[i - 1]?.normal !== 'my') return
    for (let k = i + 1; k <= i + 4; k++) {
      const next = doc.tokens[k]
      if (next?.type !== 'word') break
      if (businessNouns.has(next.normal)) {
        found.push({
          span: [doc.tokens[i - 1]?.start ?? t.start, next.end],
          first: i - 1,
          weight: 2,
          message: 'A business of your own',
        })
        break
      }
    }
  })
  return found
}

/** Full-time study with a commitment in the same sentence ("applying to MBA programs this fall"). */
function plannedStudy(doc: Document): Found[] {
  const committed = new Set(
    commit(doc, { skipNegated: true }).map((m) => doc.tokens[m.first]?.sentence),
  )
  return study(doc, { skipNegated: true })
    .filter((m) => committed.has(doc.tokens[m.first]?.sentence))
    .map((m) => ({ span: m.span, first: m.first, weight: 2, message: 'Full-time study soon' }))
}

/** "moving to Lisbon": relocating somewhere named. */
function relocation(doc: Document): Found[] {
  const found: Found[] = []
  doc.tokens.forEach((t, i) => {
    const next = doc.tokens[i + 1]
    if ((t.lemma === 'move' || t.normal === 'relocating') && next?.normal === 'to') {
      const place = doc.tokens[i + 2]
      if (place && place.pos === 'PROPN')
        found.push({ span: [t.start, place.end], first: i, weight: 1, message: 'Moving away' })
    }
  })
  return found
}

export const offRole = defineRule({
  id: 'off-role',
  criterion: 'realism',
  description:
    'Plans that take the person out of the role soon: a business of their own, full-time study, leaving or moving away.',
  check(doc) {
    const found: Found[] = [
      ...ownBusiness(doc),
      ...solo(doc, { skipNegated: true }).map((m) => ({
        span: m.span,
        first: m.first,
        weight: 2,
        message: 'Going independent',
      })),
      ...plannedStudy(doc),
      ...relocation(doc),
      ...stopgap(doc, { skipNegated: true }).map((m) => ({
        span: m.span,
        first: m.first,
        weight: 1,
        message: 'Treating the job as a stopgap',
      })),
    ]
    const weight = found.reduce((s, f) => s + f.weight, 0)
    const flagged =
      weight >= 2 ||
      carriesAnswer(
        doc,
        found.map((f) => f.first),
      )
    return found.map(
      (f): Hit => ({
        rule: 'off-role',
        criterion: 'realism',
        effect: 'costs',
        span: f.span,
        weight: f.weight,
        ...(flagged ? { flag: 'off-role' as const } : {}),
        actual: doc.text.slice(f.span[0], f.span[1]),
        message: `${f.message}: the interviewer hears that you will leave soon.`,
        suggestion:
          'Keep the answer on the years you would spend in this role; a plan to leave can stay private.',
      }),
    )
  },
})

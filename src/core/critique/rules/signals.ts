import type { CriterionId, StrengthId } from '../../contracts/report.js'
import { matchText, phraseKind } from '../kinds/phrase.js'
import { defineRule, type Hit } from '../rule.js'

/**
 * Phrase rules that only earn: each looks up one kind of lexicons/signals.json
 * and credits one criterion and strength. Data, not code, decides what counts.
 */
function signalRule(
  id: string,
  kind: string,
  criterion: CriterionId,
  strength: StrengthId,
  description: string,
  { minimum = 1, careerChangeOnly = false } = {},
) {
  const find = phraseKind('signals', kind)
  return defineRule({
    id,
    criterion,
    description,
    check(doc, ctx) {
      // Carried-over skills and the reason for a switch are what a career change is judged
      // on; elsewhere the same words are ordinary experience (shared/data/README.md).
      if (careerChangeOnly && !ctx.careerChange) return []
      const found = find(doc, { skipNegated: true })
      return found.map(
        (m): Hit => ({
          rule: id,
          criterion,
          effect: 'earns',
          span: m.span,
          ...(found.length >= minimum ? { strength } : {}),
          actual: matchText(doc, m),
        }),
      )
    },
  })
}

export const contribution = signalRule(
  'contribution',
  'contribution',
  'contribution',
  'contribution',
  'What the person will add: results for the team, customers, product or process.',
)
export const learning = signalRule(
  'learning',
  'learning',
  'motivation',
  'learning-motivation',
  'Learning or mastery as the motive.',
  { minimum: 2 },
)
export const enthusiasm = signalRule(
  'enthusiasm',
  'enthusiasm',
  'enthusiasm',
  'enthusiasm',
  'Energy and interest shown in words.',
)
export const preparation = signalRule(
  'preparation',
  'preparation',
  'preparation',
  'preparation-evidence',
  'Preparation already done: courses, certifications, study, research on the company.',
)
export const switchReason = signalRule(
  'switch-reason',
  'switch-reason',
  'switch-reason',
  'switch-reason',
  'Why the career change, told as a pull toward the new field.',
  { careerChangeOnly: true },
)
export const transferable = signalRule(
  'transferable',
  'transferable',
  'transferable',
  'transferable-skills',
  'Skills carried over from earlier work, tied to the new role.',
  { careerChangeOnly: true },
)

import { z } from 'zod'
import { CRITERION_IDS, STRENGTH_IDS } from '../../contracts/report.js'
import { lexicons } from '../../lexicons/index.js'
import { defineRule, type Hit, type Rule } from '../rule.js'
import { matchText, phraseKind } from './phrase.js'

const lexiconNames = Object.keys(lexicons) as [keyof typeof lexicons, ...(keyof typeof lexicons)[]]

/**
 * An earning phrase rule as data (Vale's `existence` kind): which lexicon kind it
 * looks up, which criterion and strength it credits, and when it applies.
 */
export const earnsRuleSchema = z.object({
  id: z.string().min(1),
  lexicon: z.enum(lexiconNames),
  kind: z.string().optional(),
  criterion: z.enum(CRITERION_IDS),
  strength: z.enum(STRENGTH_IDS),
  description: z.string().min(1),
  /** Matches needed before the strength shows (one mention is not yet a pattern). */
  minimum: z.number().int().positive().default(1),
  /** Judged only when the answer is about a career change. */
  careerChangeOnly: z.boolean().default(false),
})
export type EarnsRule = z.infer<typeof earnsRuleSchema>
/** What a config may change in an earning rule: everything but what it is. */
export type EarnsOptions = Partial<Pick<EarnsRule, 'minimum' | 'careerChangeOnly'>>

/** Compile one earning rule from its data; each match earns, negated ones do not. */
export function earnsRule(data: EarnsRule): Rule {
  const { id, criterion, strength, minimum, careerChangeOnly } = data
  const find = phraseKind(data.lexicon, data.kind)
  return defineRule({
    id,
    criterion,
    description: data.description,
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
    withOptions: (options) => earnsRule({ ...data, ...earnsOptions(options) }),
  })
}

const earnsOptionsSchema = earnsRuleSchema.pick({ minimum: true, careerChangeOnly: true }).partial()

function earnsOptions(options: unknown): EarnsOptions {
  const parsed = earnsOptionsSchema.strict().parse(options)
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))
}

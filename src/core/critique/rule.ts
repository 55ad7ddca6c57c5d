import type { CritiqueContext } from '../contracts/context.js'
import type { CriterionId, FlagId, QuestionKind, StrengthId } from '../contracts/report.js'
import type { Document } from '../text/document.js'
import type { Span } from '../text/span.js'

/**
 * What a rule found: a span that earns or costs a criterion. `analyze` turns the
 * costs into public findings and every hit into criterion evidence (STYLE.md 2).
 */
export interface Hit {
  rule: string
  criterion: CriterionId
  effect: 'earns' | 'costs'
  span: Span
  /** How much this hit counts toward its criterion or flag (default 1). */
  weight?: number
  flag?: FlagId
  strength?: StrengthId
  message?: string
  suggestion?: string
  /** The matched text, kept for tests and debugging. */
  actual?: string
}

/** The read-only situation a rule sees, resolved once per call by `analyze`. */
export interface RuleContext {
  question: QuestionKind
  spoken: boolean
  /** Measured seconds for a spoken answer, when known. */
  seconds?: number
  careerChange: boolean
  company?: NonNullable<CritiqueContext['company']>
  role?: NonNullable<CritiqueContext['role']>
}

/** A rule: a pure function from the analysed document and context to hits. */
export interface Rule {
  id: string
  /** The criterion it feeds (RUBRIC.md). */
  criterion: CriterionId
  /** What a reader sees in docs/rules.md. */
  description: string
  /** Question kinds the rule applies to; all when absent. */
  questions?: readonly QuestionKind[]
  check(doc: Document, ctx: RuleContext): Hit[]
  /** The same rule compiled with a config's options for it (rules defined as data). */
  withOptions?(options: unknown): Rule
}

/** Identity with type checking, so each rule file reads as one declaration. */
export function defineRule(rule: Rule): Rule {
  return rule
}

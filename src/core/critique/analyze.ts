import { type CritiqueContext, critiqueContextSchema } from '../contracts/context.js'
import type {
  CriterionId,
  CriterionScore,
  Evidence,
  Finding,
  FlagId,
  Report,
  StrengthId,
} from '../contracts/report.js'
import { readDocument } from '../text/document.js'
import { CRITERION_WEIGHTS, calibratedScore, isAsked } from './calibration.js'
import { checkInput } from './input.js'
import {
  ADVICE,
  CAREER_CHANGE_CRITERIA,
  CORE_CRITERIA,
  FILLER_BURY_DENSITY,
  FLAG_CAP,
  FLAGGED,
  RED_FLAGS,
  SCORING,
  verdictOf,
} from './rubric.js'
import type { Hit, Rule, RuleContext } from './rule.js'
import { findFillers } from './rules/fillers.js'
import { findHedges } from './rules/hedging.js'
import { rules as defaultRules } from './rules/index.js'
import { statsOf, unscorableReason } from './stats.js'

export interface AnalyzerConfig {
  /** Rule ids to switch off. */
  off?: readonly string[]
  /** Options per rule id, for rules that take them (the data rules); checked when compiled. */
  options?: Readonly<Record<string, unknown>>
}

/** The situation every rule sees, resolved once per call from the (validated) context. */
export function resolveContext(context: CritiqueContext): RuleContext {
  const question = context.question ?? 'career-goals'
  return {
    question,
    spoken: context.spoken ?? false,
    ...(context.seconds ? { seconds: context.seconds } : {}),
    careerChange: question === 'career-change' || context.careerChange !== undefined,
    ...(context.company ? { company: context.company } : {}),
    ...(context.role ? { role: context.role } : {}),
  }
}

function scoreCriterion(id: CriterionId, hits: Hit[], asked: boolean): CriterionScore {
  const rule = SCORING[id]
  const earned = hits.filter((h) => h.effect === 'earns').reduce((s, h) => s + (h.weight ?? 1), 0)
  const cost = hits.filter((h) => h.effect === 'costs').reduce((s, h) => s + (h.weight ?? 1), 0)
  let score = rule.base + rule.earn * Math.min(earned, rule.cap) - rule.cost * cost
  if (id === 'horizon') {
    const terms = new Set(
      hits.map((h) => h.strength).filter((s) => s === 'short-term' || s === 'long-term'),
    )
    score = 0.2 + 0.4 * terms.size
  }
  if (hits.some((h) => h.flag)) score = Math.min(score, FLAGGED)
  score = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100
  const evidence: Evidence[] = hits.map((h) => ({
    rule: h.rule,
    effect: h.effect,
    span: h.span,
    ...(h.message ? { message: h.message } : {}),
  }))
  return {
    id,
    score,
    weight: asked ? CRITERION_WEIGHTS[id] : 0,
    evidence,
    advice: score >= 0.7 ? ADVICE[id].high : ADVICE[id].low,
  }
}

/** A rule compiled with its options; a rule that takes none refuses them. */
function withOptions(rule: Rule, options: unknown): Rule {
  if (options === undefined) return rule
  if (!rule.withOptions) throw new Error(`rule "${rule.id}" takes no options`)
  return rule.withOptions(options)
}

/**
 * Build an analyzer once (rules and lexicons compiled at import), then call it
 * per answer: the live editor calls it on every keystroke.
 *
 * @example
 * const { analyze } = createAnalyzer({ off: ['fillers'], options: { learning: { minimum: 1 } } })
 * analyze('My goal is to lead the payments team within three years.').verdict
 */
export function createAnalyzer(config: AnalyzerConfig = {}) {
  const active: readonly Rule[] = defaultRules
    .filter((r) => !config.off?.includes(r.id))
    .map((r) => withOptions(r, config.options?.[r.id]))

  /** Critique text and a context that were already checked (answerTextSchema, critiqueContextSchema). */
  function analyzeChecked(text: string, context: CritiqueContext = {}): Report {
    const ctx = resolveContext(context)
    const doc = readDocument(text)
    // Plain loops rather than filter/flatMap: this runs on every keystroke, and the
    // array callbacks were a visible share of a short answer's fixed cost.
    const hits: Hit[] = []
    for (const r of active) {
      if (r.questions && !r.questions.includes(ctx.question)) continue
      for (const h of r.check(doc, ctx)) hits.push(h)
    }
    const fillerCount = findFillers(doc).length
    const stats = statsOf(
      doc,
      { fillers: fillerCount, hedges: findHedges(doc).length },
      ctx.seconds,
    )
    const ids = ctx.careerChange ? [...CORE_CRITERIA, ...CAREER_CHANGE_CRITERIA] : CORE_CRITERIA
    // Hits by criterion in one pass, each list in hit order.
    const hitsOf = new Map<CriterionId, Hit[]>()
    for (const h of hits) {
      const list = hitsOf.get(h.criterion)
      if (list) list.push(h)
      else hitsOf.set(h.criterion, [h])
    }
    const criteria = ids.map((id) =>
      scoreCriterion(id, hitsOf.get(id) ?? [], isAsked(ctx.question, id)),
    )
    const flagSet = new Set<FlagId>()
    for (const h of hits) if (h.flag) flagSet.add(h.flag)
    const flags = [...flagSet]
    const scores: Partial<Record<CriterionId, number>> = {}
    for (const c of criteria) scores[c.id] = c.score
    let score = calibratedScore({ question: ctx.question, scores, flags })
    const buried = (fillerCount / Math.max(stats.words, 1)) * 100 >= FILLER_BURY_DENSITY
    const unscorable = unscorableReason(doc, fillerCount)
    // Text it cannot read as an English answer is never called good.
    if (flags.some((f) => RED_FLAGS.includes(f)) || buried || unscorable)
      score = Math.min(score, FLAG_CAP)
    const strengthSet = new Set<StrengthId>()
    for (const h of hits) if (h.strength && h.effect === 'earns') strengthSet.add(h.strength)
    const strengths = [...strengthSet]
    const findings: Finding[] = hits
      .filter((h) => h.effect === 'costs' && h.message)
      .sort((a, b) => a.span[0] - b.span[0])
      .map((h) => ({
        rule: h.rule,
        ...(h.flag ? { flag: h.flag } : {}),
        span: h.span,
        message: h.message ?? '',
        ...(h.suggestion ? { suggestion: h.suggestion } : {}),
      }))
    return {
      score,
      verdict: verdictOf(score),
      criteria,
      flags,
      strengths,
      findings,
      stats,
      ...(unscorable ? { unscorable } : {}),
    }
  }

  /** Check the text and context (InputError, ZodError), then critique. */
  function analyze(text: string, context: CritiqueContext = {}): Report {
    return analyzeChecked(checkInput(text), critiqueContextSchema.parse(context))
  }

  return { analyze, analyzeChecked, rules: active }
}

const shared = createAnalyzer()

/**
 * Critique one answer to "What are your career goals?" or a cousin question:
 * a score, a verdict, every rubric criterion with the spans behind it,
 * flags, strengths, findings with suggestions, and delivery stats.
 * Throws InputError for empty, over-long or binary text.
 *
 * @example
 * analyze('Within three years I want to lead your billing platform team.', { question: 'five-years' })
 */
export function analyze(text: string, context: CritiqueContext = {}): Report {
  return shared.analyze(text, context)
}

/**
 * analyze for an edge that has checked its input at the boundary: the server's
 * body schema (answerTextSchema and critiqueContextSchema), the CLI's readers.
 * The text and context are not checked again.
 */
export function analyzeChecked(text: string, context: CritiqueContext = {}): Report {
  return shared.analyzeChecked(text, context)
}

import { z } from 'zod'
import {
  CRITERION_IDS,
  type CriterionId,
  FLAG_IDS,
  type FlagId,
  type QuestionKind,
} from '../contracts/report.js'
import fitted from './calibration.json' with { type: 'json' }

/**
 * How criterion scores and flags become the 0-100 score: a logistic model fitted by
 * `npm run calibrate` on the team's development set and the real answers
 * (shared/data), its weights kept here as data. Every point stays traceable: a
 * criterion adds `weight x score` to the log-odds, a soft flag takes off its
 * penalty, and each of those rests on spans in the report. RUBRIC.md's weights were
 * the starting point; the fit moved them where real answers put them (see the
 * figures in calibration.json and the README).
 */
const calibrationSchema = z.object({
  description: z.string(),
  source: z.string(),
  intercept: z.number(),
  criteria: z.partialRecord(z.enum(CRITERION_IDS), z.number().min(0)),
  flags: z.partialRecord(z.enum(FLAG_IDS), z.number().min(0)),
  /** Criteria a question does not ask about: they count at NEUTRAL for it. */
  notAsked: z.record(z.string(), z.array(z.enum(CRITERION_IDS))),
  fit: z.record(z.string(), z.unknown()),
})
export type Calibration = z.infer<typeof calibrationSchema>

export const calibration: Calibration = calibrationSchema.parse(fitted)

/** The value a criterion counts at when the answer is not judged on it. */
export const NEUTRAL = 0.5

/** Score 60 (solid) sits where the fitted model says good and weak are equally likely. */
export const SOLID_LOG_ODDS = Math.log(0.6 / 0.4)

export function isAsked(question: QuestionKind, id: CriterionId): boolean {
  return !(calibration.notAsked[question] ?? []).includes(id)
}

/** The model's input for one answer: each criterion's value and the soft flags raised. */
export interface CalibrationInput {
  question: QuestionKind
  scores: Partial<Record<CriterionId, number>>
  flags: readonly FlagId[]
}

/** Log-odds that the answer is good (strong or solid), before the red-flag cap. */
export function logOdds(input: CalibrationInput, model: Calibration = calibration): number {
  let z = model.intercept
  for (const id of CRITERION_IDS) {
    const score = isAsked(input.question, id) ? (input.scores[id] ?? NEUTRAL) : NEUTRAL
    z += (model.criteria[id] ?? 0) * score
  }
  for (const flag of new Set(input.flags)) z -= model.flags[flag] ?? 0
  return z
}

/** 0-100, where 60 is the fitted boundary between a good answer and one that needs work. */
export function calibratedScore(input: CalibrationInput, model: Calibration = calibration): number {
  return Math.round(100 / (1 + Math.exp(-(logOdds(input, model) + SOLID_LOG_ODDS))))
}

/**
 * Each criterion's share of the fitted weight, for display ("this criterion counts for
 * 18%"). Criteria the fit set to zero still report their evidence, with weight 0.
 */
export const CRITERION_WEIGHTS: Record<CriterionId, number> = (() => {
  const total = CRITERION_IDS.reduce((s, id) => s + (calibration.criteria[id] ?? 0), 0)
  return Object.fromEntries(
    CRITERION_IDS.map((id) => [
      id,
      Math.round((1000 * (calibration.criteria[id] ?? 0)) / Math.max(total, 1e-9)) / 1000,
    ]),
  ) as Record<CriterionId, number>
})()

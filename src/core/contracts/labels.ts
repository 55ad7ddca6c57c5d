import type { CriterionId, FlagId, QuestionKind } from './report.js'

/**
 * The names a person reads for the rubric's ids and the questions: the web app
 * shows these, so they live beside the ids (one source, not a copy per screen).
 */

/** Plain names for criterion ids (RUBRIC.md). */
export const CRITERION_LABELS: Record<CriterionId, string> = {
  specific: 'Specific',
  horizon: 'Two horizons',
  'company-fit': 'Company fit',
  contribution: 'Contribution',
  motivation: 'Motivation',
  realism: 'Realism',
  positivity: 'Positivity',
  confidence: 'Confidence',
  enthusiasm: 'Enthusiasm',
  concise: 'Length',
  'switch-reason': 'Why switch',
  transferable: 'Transferable',
  preparation: 'Preparation',
}

export const FLAG_LABELS: Record<FlagId, string> = {
  vague: 'vague',
  'salary-title': 'salary or title',
  'no-company-link': 'no company link',
  negative: 'negative',
  hedging: 'hedging',
  'over-ambitious': 'over-ambitious',
  unambitious: 'unambitious',
  'off-role': 'off-role',
  rambling: 'rambling',
  fillers: 'fillers',
}

export const QUESTION_LABELS: Record<QuestionKind, string> = {
  'career-goals': 'What are your career goals?',
  'five-years': 'Where do you see yourself in five years?',
  'why-here': 'Why do you want to work here?',
  'career-change': 'Why are you changing careers?',
}

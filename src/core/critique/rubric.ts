import { CRITERION_IDS, type CriterionId, type FlagId, type Verdict } from '../contracts/report.js'

export const CAREER_CHANGE_CRITERIA: readonly CriterionId[] = [
  'switch-reason',
  'transferable',
  'preparation',
]
/** Every answer is scored on these; career-change answers add the three above. */
export const CORE_CRITERIA: readonly CriterionId[] = CRITERION_IDS.filter(
  (id) => !CAREER_CHANGE_CRITERIA.includes(id),
)

/**
 * How hits become a 0-1 score: base + earn x (earned weight, capped) - cost x
 * (cost weight). A criterion whose rule raised a flag scores at most FLAGGED.
 */
export const SCORING: Record<
  CriterionId,
  { base: number; earn: number; cap: number; cost: number }
> = {
  specific: { base: 0.3, earn: 0.1, cap: 7, cost: 0.12 },
  horizon: { base: 0.2, earn: 0.2, cap: 4, cost: 0.1 },
  'company-fit': { base: 0.25, earn: 0.25, cap: 3, cost: 0.2 },
  contribution: { base: 0.4, earn: 0.2, cap: 3, cost: 0.2 },
  motivation: { base: 0.7, earn: 0.1, cap: 3, cost: 0.25 },
  realism: { base: 0.9, earn: 0, cap: 0, cost: 0.25 },
  positivity: { base: 1, earn: 0, cap: 0, cost: 0.3 },
  confidence: { base: 0.75, earn: 0.08, cap: 3, cost: 0.12 },
  enthusiasm: { base: 0.5, earn: 0.25, cap: 2, cost: 0.2 },
  concise: { base: 0.4, earn: 0.5, cap: 1.2, cost: 0.3 },
  'switch-reason': { base: 0.3, earn: 0.35, cap: 2, cost: 0.3 },
  transferable: { base: 0.3, earn: 0.25, cap: 3, cost: 0.3 },
  preparation: { base: 0.3, earn: 0.25, cap: 3, cost: 0.3 },
}
export const FLAGGED = 0.15

/**
 * A red flag (RED_FLAGS) caps the score below "solid", as RUBRIC.md says; the other
 * flags cost points through the fitted model (calibration.ts).
 */
export const FLAG_CAP = 59
/**
 * Fillers are delivery, not content: the data set labels a strong answer whose
 * fillers are noticeable. They cap the score only when they bury the content.
 */
export const FILLER_BURY_DENSITY = 12

export const RED_FLAGS: readonly FlagId[] = [
  'salary-title',
  'negative',
  'over-ambitious',
  'off-role',
]

export function verdictOf(score: number): Verdict {
  if (score >= 75) return 'strong'
  if (score >= 60) return 'solid'
  if (score >= 40) return 'needs-work'
  return 'weak'
}

/** Advice per criterion when it scores low, and when it scores well. */
export const ADVICE: Record<CriterionId, { low: string; high: string }> = {
  specific: {
    low: 'Name the role, skill, tool or figure you mean; replace stock phrases with them.',
    high: 'Concrete: roles, skills and figures a listener can picture.',
  },
  horizon: {
    low: 'Give both a near-term step (next year or two) and where it leads (five years, "ultimately").',
    high: 'Both horizons are there: the next step and where it leads.',
  },
  'company-fit': {
    low: 'Tie the goal to this employer: a named value, the mission, a product, team or duty of the role.',
    high: 'The goal is tied to this employer.',
  },
  contribution: {
    low: 'Say what you will add: results for the team, customers or product.',
    high: 'It says what you will add.',
  },
  motivation: {
    low: 'Make learning, mastery or impact the reason, not pay or a title.',
    high: 'The motive is the work itself.',
  },
  realism: {
    low: 'Keep the ambition staged and inside this role: the next step you can earn, then the one after.',
    high: 'Ambitious and achievable.',
  },
  positivity: {
    low: 'Talk about what you are moving toward, not what you are leaving.',
    high: 'Forward-looking.',
  },
  confidence: {
    low: 'Replace hedges with plain commitments: "I plan to", "my goal is".',
    high: 'Plain commitments.',
  },
  enthusiasm: {
    low: 'Say what draws you to this work, in a sentence of your own.',
    high: 'Interest comes through.',
  },
  concise: {
    low: 'Aim for 100 to 280 words (under two minutes): one goal, one step, one tie to the company.',
    high: 'A good length.',
  },
  'switch-reason': {
    low: 'Explain the switch as a pull toward the new field, not a push from the old one.',
    high: 'The reason for the change is clear and positive.',
  },
  transferable: {
    low: 'Name the skills you carry over and where they apply in the new role.',
    high: 'Transferable skills are tied to the role.',
  },
  preparation: {
    low: 'Show the preparation already done: courses, certifications, projects.',
    high: 'Preparation is concrete.',
  },
}

import { fileURLToPath } from 'node:url'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** The labelled answer sets, by the name `npm run eval` prints. */
export const SETS = {
  /** The team's development set (shared/data). */
  dev: here('../../shared/data/dev-answers.jsonl'),
  /** Answers published by career-advice sites, labelled by their pages (shared/data). */
  real: here('../../shared/data/real-answers.jsonl'),
  /** The team's first held-out set, tuned on since session 2. */
  tuning: here('../test/fixtures/heldout/answers.jsonl'),
  /** The team's second held-out set, written without seeing the rules. */
  heldout: here('../test/fixtures/heldout-2/answers.jsonl'),
} as const

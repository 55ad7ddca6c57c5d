import type { Span } from '../text/span.js'

/** Question kinds headway knows (shared/data/README.md). */
export const QUESTION_KINDS = ['career-goals', 'five-years', 'why-here', 'career-change'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

/** Criterion ids of RUBRIC.md, plus the career-change criteria. */
export const CRITERION_IDS = [
  'specific',
  'horizon',
  'company-fit',
  'contribution',
  'motivation',
  'realism',
  'positivity',
  'confidence',
  'enthusiasm',
  'concise',
  'switch-reason',
  'transferable',
  'preparation',
] as const
export type CriterionId = (typeof CRITERION_IDS)[number]

/** Pitfall ids of RUBRIC.md, plus `unfinished` for template placeholders left in. */
export const FLAG_IDS = [
  'vague',
  'salary-title',
  'no-company-link',
  'negative',
  'hedging',
  'over-ambitious',
  'unambitious',
  'off-role',
  'rambling',
  'fillers',
] as const
export type FlagId = (typeof FLAG_IDS)[number]

export const STRENGTH_IDS = [
  'short-term',
  'long-term',
  'specific-skill',
  'specific-role',
  'timeframe',
  'measurable',
  'company-values',
  'company-mission',
  'role-link',
  'contribution',
  'learning-motivation',
  'enthusiasm',
  'transferable-skills',
  'switch-reason',
  'preparation-evidence',
] as const
export type StrengthId = (typeof STRENGTH_IDS)[number]

export type Verdict = 'strong' | 'solid' | 'needs-work' | 'weak'

/** The four parts of a STAR story (critique/story.ts). */
export const STORY_PARTS = ['situation', 'task', 'action', 'result'] as const
export type StoryPart = (typeof STORY_PARTS)[number]

/** A problem found in the text, with where it is and how to fix it. */
export interface Finding {
  rule: string
  flag?: FlagId
  span: Span
  message: string
  suggestion?: string
}

export interface Evidence {
  rule: string
  effect: 'earns' | 'costs'
  span: Span
  message?: string
}

export interface CriterionScore {
  id: CriterionId
  /** 0 to 1. */
  score: number
  weight: number
  evidence: Evidence[]
  advice: string
}

export interface Stats {
  words: number
  sentences: number
  /** Estimated seconds spoken at 140 words a minute, or the measured duration when given. */
  seconds: number
  wpm?: number
  fillers: number
  hedges: number
  /** Flesch-Kincaid grade level. */
  grade: number
  /** The transcript, when the answer was heard from a recording (analyze --audio). */
  transcript?: string
  /** Delivery figures from the recording itself, when there was one. */
  audio?: AudioDelivery
}

/** What a recording tells that a transcript cannot (RUBRIC.md "Spoken transcripts"). */
export interface AudioDelivery {
  recordingSeconds: number
  /** Time spent speaking: the sum of the voice-activity segments. `seconds` and `wpm` use it. */
  speakingSeconds: number
  /** Silences of two seconds or more between speech: where (seconds from the start) and how long. */
  longPauses: Array<{ at: number; seconds: number }>
}

/** The critique of one answer (DESIGN.md "Report"). */
export interface Report {
  score: number
  verdict: Verdict
  criteria: CriterionScore[]
  flags: FlagId[]
  strengths: StrengthId[]
  findings: Finding[]
  stats: Stats
  /** Set when the text cannot be judged (a garbled transcript); score and verdict are then nominal. */
  unscorable?: string
}

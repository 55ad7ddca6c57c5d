/**
 * The web app's one way into headway's core, for what the first screens need at
 * once: contracts (schemas, ids, labels, limits), small pure helpers, and types.
 * The heavy part (critique, alignment, drafts: it carries the wink-nlp model)
 * loads on demand through ./lazy.ts; type-only re-exports from it cost nothing.
 * test/architecture.test.ts keeps every other web file from importing src (core or io).
 */
export type { TermSource } from '../../../src/core/align/term-coverage.js'
export { dossierToContext } from '../../../src/core/company/context.js'
export { bestVersion } from '../../../src/core/compose/best-version.js'
export type { Contradiction } from '../../../src/core/compose/consistency.js'
export type { HonestVersion } from '../../../src/core/compose/honest.js'
export { avoidList, buildPrepSheet } from '../../../src/core/compose/prep-sheet.js'
export { type CritiqueContext, critiqueContextSchema } from '../../../src/core/contracts/context.js'
export type { Dossier, Job, Source } from '../../../src/core/contracts/dossier.js'
export {
  type AnswerInput,
  type AnswerVersionInput,
  APPLICATION_STATUSES,
  type ApplicationInput,
  type ApplicationStatus,
  type CompanyInput,
  exportDocumentSchema,
  type GoalInput,
  jsonObjectSchema,
  type Me,
  meSchema,
  type PracticeInput,
  type PracticeQuestionInput,
  type PrepSheetContent,
  type PrepSheetInput,
  prepSheetContentSchema,
  type StarStoryInput,
  type StoredAnswer,
  type StoredAnswerVersion,
  type StoredApplication,
  type StoredCompany,
  type StoredGoal,
  type StoredPractice,
  type StoredPracticeQuestion,
  type StoredProfile,
  type StoredStarStory,
  storedAnswerSchema,
  storedAnswerVersionSchema,
  storedApplicationSchema,
  storedCompanySchema,
  storedGoalSchema,
  storedPracticeQuestionSchema,
  storedPracticeSchema,
  storedPrepSheetSchema,
  storedProfileSchema,
  storedStarStorySchema,
} from '../../../src/core/contracts/entities.js'
export {
  CRITERION_LABELS,
  FLAG_LABELS,
  QUESTION_LABELS,
} from '../../../src/core/contracts/labels.js'
export { WORDS_PER_MINUTE, wordBudget } from '../../../src/core/contracts/limits.js'
export {
  GOAL_TYPES,
  type GoalType,
  type Milestone,
  type Profile,
  type ProgressEntry,
  profileSchema,
  SKILL_LEVELS,
  type Skill,
} from '../../../src/core/contracts/profile.js'
export {
  type CriterionId,
  type Finding,
  QUESTION_KINDS,
  type QuestionKind,
  type Report,
  STORY_PARTS,
} from '../../../src/core/contracts/report.js'
export { CAREER_CHANGE_CRITERIA, CORE_CRITERIA } from '../../../src/core/critique/rubric.js'
export { guidingQuestions } from '../../../src/core/goals/guiding-questions.js'
export { progressOf } from '../../../src/core/goals/progress.js'
export { attemptContext } from '../../../src/core/practice/context.js'
export type { AttemptReport } from '../../../src/core/practice/critique.js'
export type { Delivery } from '../../../src/core/practice/delivery.js'
export type { AudioTiming } from '../../../src/core/speech/voice.js'

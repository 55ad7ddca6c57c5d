export { bestVersion, type ScoredVersion } from './best-version.js'
export {
  type AnswerInput,
  type Contradiction,
  checkConsistency,
  targetRoles,
} from './consistency.js'
export {
  type CritiquedDraft,
  type CritiquedDrafts,
  critiqueDraft,
  draftAndCritique,
} from './critique-draft.js'
export {
  type ComposeInput,
  type ComposeResult,
  composeDrafts,
  DRAFT_LENGTHS,
  type Draft,
  type DraftLength,
  type Placeholder,
} from './draft.js'
export { inputTexts, type UnsupportedFact, unsupportedFacts } from './facts.js'
export { type HonestVersion, honestVersion, type LeftOut } from './honest.js'
export {
  type ChosenSentence,
  chooseStartAndFinish,
  type StartAndFinish,
  type StartFinishReport,
} from './start-finish.js'

/**
 * The parts of headway's pure core the browser runs itself (no round trip):
 * critique, term coverage, SMART check and roadmap, alignment, drafts, the
 * honest version, the consistency of answers, delivery figures. They
 * share the wink-nlp model (a few MB), so they load together, once, on demand.
 */
export { align } from '../../../src/core/align/matrix.js'
export { termCoverage } from '../../../src/core/align/term-coverage.js'
export { checkConsistency } from '../../../src/core/compose/consistency.js'
export { critiqueDraft, draftAndCritique } from '../../../src/core/compose/critique-draft.js'
export { honestVersion } from '../../../src/core/compose/honest.js'
export { chooseStartAndFinish } from '../../../src/core/compose/start-finish.js'
export { analyze } from '../../../src/core/critique/analyze.js'
export {
  roadmap,
  smartCheck,
  suggestGoalType,
  suggestHorizon,
} from '../../../src/core/goals/index.js'
export { critiqueAttempt } from '../../../src/core/practice/critique.js'
export { deliveryMetrics } from '../../../src/core/practice/delivery.js'

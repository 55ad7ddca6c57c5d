/**
 * The parts of headway's pure core the browser runs itself (no round trip):
 * critique, SMART check and roadmap, alignment, drafts, delivery figures. They
 * share the wink-nlp model (a few MB), so they load together, once, on demand.
 */
export { align } from '../../../src/core/align/matrix.js'
export { critiqueContextFor } from '../../../src/core/compose/context.js'
export { critiqueDraft } from '../../../src/core/compose/critique-draft.js'
export { composeDrafts } from '../../../src/core/compose/draft.js'
export { analyze } from '../../../src/core/critique/analyze.js'
export {
  roadmap,
  smartCheck,
  suggestGoalType,
  suggestHorizon,
} from '../../../src/core/goals/index.js'
export { critiqueAttempt } from '../../../src/core/practice/critique.js'
export { deliveryMetrics } from '../../../src/core/practice/delivery.js'

export { completeGoal, type GoalDraft, suggestGoalType, suggestHorizon } from './model.js'
export { type Progress, progressOf } from './progress.js'
export { type Roadmap, roadmap } from './roadmap.js'
export { SMART_PARTS, type SmartCheck, type SmartPart, smartCheck } from './smart.js'

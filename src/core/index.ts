/**
 * headway's pure core: the same code runs in Node (CLI, server) and in the
 * browser (live critique). No I/O, clock or randomness in here.
 */

export * from './align/index.js'
export * from './company/index.js'
export * from './compose/index.js'
export * from './contracts/context.js'
export * from './contracts/dossier.js'
export * from './contracts/profile.js'
export * from './contracts/report.js'
export { type AnalyzerConfig, analyze, createAnalyzer } from './critique/analyze.js'
export { checkInput, InputError, type InputErrorCode, MAX_TEXT_LENGTH } from './critique/input.js'
export { RED_FLAGS } from './critique/rubric.js'
export { rules } from './critique/rules/index.js'
export { critiqueStory, type StoryCritique, storyCritiqueSchema } from './critique/story.js'
export * from './goals/index.js'
export { type Delivery, deliveryMetrics, PACE, wordBudget } from './practice/delivery.js'
export { type Document, readDocument, type Sentence, type Token } from './text/document.js'
export { compilePhrases, type PhraseMatch } from './text/phrase-matcher.js'
export { isValidSpan, lineColumn, type Span, slice } from './text/span.js'
export * from './vocab/index.js'

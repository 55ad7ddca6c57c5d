/**
 * The word knowledge that goals, align, compose and critique share: value
 * concepts, word forms, known skills, cue phrases and the phrase clean-up that
 * templates need. It sits just above text and lexicons, so everything above it
 * imports one way.
 */
export { type ConceptHit, conceptIds, conceptsOf } from './concepts.js'
export { findSkills, type SkillMention, skillEntry } from './skill-terms.js'
export { type MatchVia, matchValue, type ValueMatch } from './value-match.js'
export { isContentWord, wordForm } from './word-forms.js'

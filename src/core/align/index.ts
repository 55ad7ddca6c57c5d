export { type ConceptHit, conceptIds, conceptsOf } from './concepts.js'
export { type AlignMatch, type Alignment, align } from './matrix.js'
export { type MatchVia, matchValue, type ValueMatch } from './value-match.js'
export { isContentWord, wordForm } from './word-forms.js'

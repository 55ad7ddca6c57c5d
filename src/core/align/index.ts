export { type AlignMatch, type Alignment, align } from './matrix.js'
export { type QuestionToAsk, questionsToAsk } from './questions.js'
export { type TermCoverage, type TermSource, type TermUse, termCoverage } from './term-coverage.js'

export { type AlignMatch, type Alignment, align } from './matrix.js'
export { type QuestionToAsk, questionsToAsk } from './questions.js'

import { fuzzSuite } from './fuzz-suite.js'

// The first of the two halves of the API fuzz (fuzz-suite.ts says why it is split).
fuzzSuite(0)

import { fuzzSuite } from './fuzz-suite.js'

// The second of the two halves of the API fuzz (fuzz-suite.ts says why it is split).
fuzzSuite(1)

import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { overAmbition } from './over-ambition.js'

describe('over-ambition', () => {
  ruleTest(overAmbition, {
    valid: [
      "I'd like to be a VP of engineering one day. In the next two years I want to develop two of my managers.",
      'Over time I could grow into a chief people officer role if the company grows.',
      'Within five years I want to run a terminal.',
      // A senior post at a realistic distance, and a place taken in a rota, are not leaps.
      'In six or seven years I hope to become a director of nursing.',
      'Over the next year I want to take a full place in the on-call rota.',
    ],
    invalid: [
      { text: 'Honestly? I want your job.', flag: 'over-ambitious', hits: ['"want your job"'] },
      {
        text: 'In two years I plan to be CEO of a company.',
        flag: 'over-ambitious',
        hits: ['"CEO"'],
      },
      {
        text: "I'm a new graduate, but I want to be the chief nursing officer.",
        flag: 'over-ambitious',
      },
      {
        text: "A hundred million under management within three years; I don't see why it would take longer.",
        flag: 'over-ambitious',
      },
      {
        text: 'By my second year I expect to be head of the lab.',
        flag: 'over-ambitious',
        hits: ['"head of"'],
      },
      {
        text: "I'm starting as a junior planner, and I plan on leading the entire district inside three years.",
        flag: 'over-ambitious',
      },
    ],
  })
})

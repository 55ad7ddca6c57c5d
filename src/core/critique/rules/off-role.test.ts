import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { offRole } from './off-role.js'

describe('off-role', () => {
  ruleTest(offRole, {
    valid: [
      'A bond portfolio of my own, in seven to ten years, built through credit research here.',
      "I'm not sure I want to go back to school full time right now.",
      'I might consider a PhD at some point.',
    ],
    invalid: [
      // Treating the job as temporary, as the whole answer.
      { text: 'Something to pass the time until my podcast takes off.', flag: 'off-role' },
      { text: 'Probably retiring early, to be honest.', flag: 'off-role' },
      // A future away from this employer, however the verb goes.
      { text: 'In five years? Probably not working here.', flag: 'off-role' },
      {
        text: 'In five years I will have my own design agency.',
        flag: 'off-role',
        hits: ['"my own design agency"'],
      },
      { text: "I'm applying to MBA programs this fall.", flag: 'off-role' },
      {
        text: 'In the meantime I would work hard, and next year I may go back to touring.',
        flag: 'off-role',
      },
    ],
  })
})

import { describe } from 'vitest'
import { ruleTest } from '../../../../test/harness/rule-test.js'
import { negativity } from './negativity.js'

describe('negativity', () => {
  ruleTest(negativity, {
    valid: [
      // Dislike aimed at a problem the person wants to fix is a motive.
      'I hate seeing patients wait four hours for a bed, and I want to fix discharge planning.',
      'I never complain about hard weeks; my manager taught me to plan for them.',
      'My manager backed me up on the migration, which is how I learned to lead it.',
      'Kitchens cut corners when they are rushed, and I want to help them pass inspection.',
      // A hard stretch told as a lesson is not a grievance.
      'Our team was short-staffed for a year, and I learned to plan the rota two months ahead.',
    ],
    invalid: [
      // The speaker's own dislike, as the whole answer.
      { text: 'I loathe the job I have now.', flag: 'negative' },
      { text: "Retail wore me out and I'm fed up with it.", flag: 'negative' },
      {
        text: 'My boss is a nightmare and the management is a joke. I need to get out of there.',
        flag: 'negative',
        hits: ['"nightmare"', '"a joke"', '"get out of"'],
      },
      { text: 'The owner yells at staff, and my coworkers are lazy.', flag: 'negative' },
      // Inflections come from one lemma entry; a wish framed against the old place counts.
      {
        text: 'My supervisor belittled new hires and kept overruling the nurses. I want a manager who actually listens.',
        flag: 'negative',
        hits: ['"belittled"', '"overruling"', '"a manager who actually"'],
      },
    ],
  })
})

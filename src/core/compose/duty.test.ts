import { describe, expect, it } from 'vitest'
import { baseForms, helpResp, sayableDuties, sayableDuty, shorten } from './duty.js'

// Shapes of lines found under "responsibilities" in real postings, written fresh here.
describe('sayableDuty', () => {
  it.each([
    // an action with its object, said as it stands
    ['Build and maintain reliable data pipelines.', 'build and maintain reliable data pipelines'],
    ['Mentor two junior engineers', 'mentor two junior engineers'],
    // gerund and third-person lists said in the base form
    [
      'Researching, designing, and prototyping new checkout flows',
      'research, design, and prototype new checkout flows',
    ],
    ['Plans routes and schedules drivers each week', 'plan routes and schedule drivers each week'],
    // a tool or taking part is said by its purpose
    [
      'Use statistical methods, forecasting and clustering to improve delivery estimates for stores',
      'improve delivery estimates for stores',
    ],
    [
      'Partner with nurses and pharmacists to redesign the discharge checklist',
      'redesign the discharge checklist',
    ],
    // the one real duty of a line listing three
    [
      'Work in a fast-paced team setting, serve as the go-to expert, and lead the billing migration',
      'lead the billing migration',
    ],
    ['Contribute to the onboarding guides', 'help with the onboarding guides'],
    // an aside after the object is left out; a long line is cut at a clause's edge
    [
      'Write release notes for each launch, working closely with the support team',
      'write release notes for each launch',
    ],
    [
      'Drive vendor onboarding from contract through go-live by managing scope, budget, timeline, staffing and risks across all teams',
      'drive vendor onboarding from contract through go-live',
    ],
  ])('says %j as %j', (line, said) => {
    expect(sayableDuty(line)).toBe(said)
  })

  it.each([
    // a day's schedule, a location, a benefit, how to apply
    'Check-in with the team and agree on top priorities for the day',
    'Team standup',
    'Lunch with the design team',
    'Location & Eligibility- Fully remote (EU-based only)',
    'Apply at www.example-co.com',
    'Write to jobs@example-co.com.',
    // a team description or a requirement
    'Work in a collaborative team environment',
    'Be able to lift 20 kg',
    'Stay current with industry trends',
    // a line the page wrapped: cut mid-clause, or its carried-on half
    'Participate in weekly forums with users of the API to',
    'improve usability by folding in their feedback.',
    'and dependency updates.',
    'Working on a ticket from the board...',
    // not a verb phrase, or a labelled fact
    'Machine learning (regression, clustering)',
    'Design and creation of warehouse schemas',
    'Storage: Postgres, S3',
    // a purpose said alone whose "their" has lost what it stood for
    'Participate in weekly forums with users of the API to improve usability by folding in their feedback',
    // the posting's "you" cannot be said by the candidate
    'Respond to an alert you designed',
  ])('leaves out %j', (line) => {
    expect(sayableDuty(line)).toBeNull()
  })

  it('keeps each duty once, in the order given', () => {
    expect(
      sayableDuties([
        'Team standup',
        'Write clear specs',
        'Write clear specs.',
        'Ship new features',
      ]),
    ).toEqual(['write clear specs', 'ship new features'])
  })
})

describe('duty helpers', () => {
  it('turns a lead run of "-ing" verbs into base forms but keeps "-ing" nouns in a list', () => {
    expect(baseForms('Managing vendor contracts, invoicing, and renewals')).toBe(
      'manage vendor contracts, invoicing, and renewals',
    )
  })

  it('never cuts inside a list of nouns', () => {
    expect(
      shorten(
        'lead clinical teams through the design, build, rollout, validation and upkeep of every new system the hospital buys',
      ),
    ).toBeNull()
  })

  it('does not say "help" twice', () => {
    expect(helpResp('help the support team triage tickets')).toBe('the support team triage tickets')
    expect(helpResp('triage tickets')).toBe('triage tickets')
  })
})

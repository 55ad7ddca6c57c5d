import { describe, expect, it } from 'vitest'
import { ruleTest, runRule } from '../../../../test/harness/rule-test.js'
import { readDocument } from '../../text/document.js'
import { length, scatter } from './length.js'

// A focused answer of about 230 words: one direction, no word circling back.
const focused = [
  'Over the next two years my aim is to become the analyst our regional planners trust for ridership forecasts.',
  'At the transit authority I rebuilt the weekday boarding model, which cut the error on peak routes by a third.',
  'That work taught me how much a schedule depends on clean counts from the fare boxes.',
  'Your posting mentions the redesign of the bus network next spring, and that is exactly the problem I want.',
  'In my first months I would learn your data pipeline, meet the depot supervisors, and audit the automatic counters.',
  'By the end of the first year I hope to publish a monthly dashboard that operations staff actually open.',
  'Longer term, perhaps five years out, I see myself leading a small group that owns service planning analytics.',
  'I am studying for the transport modelling certificate in the evenings and should finish it by June.',
  'Along the way I want to mentor newer colleagues, because explaining a method is how I check that I understand it.',
  'Riders notice when a timetable matches the street, and I find real satisfaction in making that happen.',
  'That is why the network redesign excites me more than any title would.',
  'I have already shadowed two service changes with a planning office during a volunteer placement last winter.',
  'So my goal is simple to state: make your planning decisions rest on numbers people believe.',
].join(' ')

const scattered = `${focused} Later I could move into data engineering, or product, or policy, or maybe consulting, I am open.`

describe('length', () => {
  it('counts alternatives and counted-off points, not estimates', () => {
    expect(
      scatter(readDocument('In a year or two, or so, I want data work, or product, or policy.')),
    ).toEqual({
      alternatives: 2,
      points: 0,
    })
    expect(
      scatter(readDocument('First, Rust. Second, Go. Third, a talk. The first step is small.'))
        .points,
    ).toBe(3)
  })

  ruleTest(length, {
    valid: [
      'Within two years I want to lead the billing team, and I have started by owning the invoicing service and its on-call.',
      focused,
    ],
    invalid: [
      { text: 'I want to grow.', hits: ['"I want to grow."'] },
      { text: scattered, flag: 'rambling' },
      { text: `${focused} ${focused.slice(0, 400)}`, flag: 'rambling' },
    ],
  })

  it('says why a long answer reads as rambling', () => {
    const [hit] = runRule(length, scattered)
    expect(hit?.message).toMatch(
      /^At 2\d\d words \(about \d+ seconds\) the answer runs long, and it offers more directions than one answer can hold\.$/,
    )
  })
})

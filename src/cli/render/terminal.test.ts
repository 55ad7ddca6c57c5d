import { describe, expect, it } from 'vitest'
import type { Finding, Report } from '../../core/index.js'
import { bar, colorEnabled, markAnswer, markSpans, renderReport } from './terminal.js'

const text = 'I guess I kind of want to grow.\nMaybe I will earn more money.'
const findings: Finding[] = [
  {
    rule: 'hedging',
    flag: 'hedging',
    span: [2, 7],
    message: 'Hedge.',
    suggestion: 'Say "I plan to".',
  },
  { rule: 'hedging', flag: 'hedging', span: [10, 17], message: 'Hedge.' },
  { rule: 'vague', flag: 'vague', span: [5, 12], message: 'Overlaps both.' },
  { rule: 'salary', flag: 'salary-title', span: [45, 60], message: 'Money first.' },
]

const report: Report = {
  score: 31,
  verdict: 'weak',
  criteria: [
    { id: 'specific', score: 0.25, weight: 0.18, evidence: [], advice: 'Name a skill or role.' },
    { id: 'confidence', score: 1, weight: 0.07, evidence: [], advice: 'Keep it.' },
  ],
  flags: ['hedging', 'salary-title'],
  strengths: ['learning-motivation'],
  findings,
  stats: { words: 13, sentences: 2, seconds: 6, fillers: 0, hedges: 3, grade: 2.1 },
}

describe('markSpans', () => {
  it('merges overlapping spans and keeps the finding numbers', () => {
    expect(markSpans(findings, text)).toEqual([
      { span: [2, 17], numbers: [1, 3, 2], red: false },
      { span: [45, 60], numbers: [4], red: true },
    ])
  })
})

describe('markAnswer', () => {
  it('brackets flagged words in plain text', () => {
    expect(markAnswer(text, findings, false)).toBe(
      'I [guess I kind of]{1,3,2} want to grow.\nMaybe I will [earn more money]{4}.',
    )
  })

  it('underlines and colours on a terminal, red for red flags', () => {
    const out = markAnswer(text, findings, true)
    expect(out).toContain('\u001b[4;33mguess I kind of\u001b[0m')
    expect(out).toContain('\u001b[4;31mearn more money\u001b[0m')
    expect(out).not.toContain('[guess')
  })

  it('lists findings about the whole answer instead of marking everything', () => {
    const whole: Finding = {
      rule: 'horizon',
      span: [0, text.length],
      message: 'No short-term goal.',
    }
    expect(markAnswer(text, [whole, ...findings], false)).toBe(
      'I [guess I kind of]{2,4,3} want to grow.\nMaybe I will [earn more money]{5}.',
    )
    const out = renderReport(text, { ...report, findings: [whole] }, { color: false })
    expect(out).toContain('1.  answer  horizon  No short-term goal.')
  })

  it('prefers word-level markers to a sentence-level finding that holds them', () => {
    const sentence: Finding = { rule: 'horizon', span: [0, 31], message: 'No short-term goal.' }
    expect(markAnswer(text, [sentence, findings[0] as Finding], false)).toBe(
      'I [guess]{2} I kind of want to grow.\nMaybe I will earn more money.',
    )
    expect(markAnswer(text, [sentence], false)).toBe(
      '[I guess I kind of want to grow.]{1}\nMaybe I will earn more money.',
    )
  })

  it('leaves text alone without findings', () => {
    expect(markAnswer(text, [], false)).toBe(text)
  })
})

describe('renderReport', () => {
  it('shows score, bars, marked answer, findings with line:col, strengths and stats', () => {
    const out = renderReport(text, report, { color: false })
    expect(out).toContain('Score 31/100  weak')
    expect(out).toContain('specific    [#####...............]  25%')
    expect(out).toContain('confidence  [####################] 100%')
    expect(out).toContain('Name a skill or role.')
    expect(out).not.toContain('Keep it.')
    expect(out).toContain('1.  1:3  hedging  Hedge.')
    expect(out).toContain('→ Say "I plan to".')
    expect(out).toContain('4.  2:14  salary · salary-title  Money first.')
    expect(out).toContain('Strengths  learning-motivation')
    expect(out).toContain('13 words · 2 sentences · ~6s spoken · 0 fillers · 3 hedges · grade 2.1')
    expect(out).not.toContain('\u001b[')
  })

  it('says when the text could not be judged', () => {
    const out = renderReport(
      'uh um',
      { ...report, unscorable: 'most words are unknown' },
      { color: false },
    )
    expect(out).toContain('Not scored: most words are unknown')
  })
})

describe('colour', () => {
  it('is on only for a TTY without NO_COLOR', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true)
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false)
    expect(colorEnabled({ isTTY: false }, {})).toBe(false)
    expect(bar(0.5, 4, true)).toBe('\u001b[33m██\u001b[0m\u001b[2m░░\u001b[0m')
    expect(bar(0.9, 2, true)).toContain('\u001b[32m')
  })
})

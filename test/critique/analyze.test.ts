import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CRITERION_WEIGHTS } from '../../src/core/critique/calibration.js'
import {
  analyze,
  CRITERION_IDS,
  createAnalyzer,
  FLAG_IDS,
  InputError,
  MAX_TEXT_LENGTH,
  STRENGTH_IDS,
} from '../../src/core/index.js'

const strong =
  'Within three years I want to lead the payments reliability team. In my first year I plan to earn the AWS Solutions Architect certification and own the on-call runbooks for your billing platform team. At my last job I ran incident reviews that cut repeat outages by a third, and I would bring that practice here so your customers see fewer failed charges.'

describe('analyze: the Report contract', () => {
  const report = analyze(strong)

  it('scores every core criterion with its fitted weight, and only those', () => {
    expect(report.criteria.map((c) => c.id)).toEqual([
      'specific',
      'horizon',
      'company-fit',
      'contribution',
      'motivation',
      'realism',
      'positivity',
      'confidence',
      'enthusiasm',
      'concise',
    ])
    expect(report.criteria.find((c) => c.id === 'specific')?.weight).toBe(
      CRITERION_WEIGHTS.specific,
    )
    expect(report.criteria.reduce((s, c) => s + c.weight, 0)).toBeGreaterThan(0.5)
    for (const c of report.criteria) {
      expect(c.score).toBeGreaterThanOrEqual(0)
      expect(c.score).toBeLessThanOrEqual(1)
      expect(c.advice.length).toBeGreaterThan(0)
    }
  })

  it('rates a specific, linked, staged answer as good, with its strengths', () => {
    expect(['strong', 'solid']).toContain(report.verdict)
    expect(report.flags).toEqual([])
    expect(report.strengths).toEqual(
      expect.arrayContaining(['short-term', 'long-term', 'role-link', 'contribution']),
    )
  })

  it('uses only RUBRIC.md ids', () => {
    const weak = analyze(
      'Honestly the main reason is the salary. I guess I kind of want a great company, maybe.',
    )
    for (const f of weak.flags) expect(FLAG_IDS).toContain(f)
    for (const s of [...weak.strengths, ...report.strengths]) expect(STRENGTH_IDS).toContain(s)
    for (const c of weak.criteria) expect(CRITERION_IDS).toContain(c.id)
  })

  it('caps a flagged answer below solid and explains the cost with spans', () => {
    const weak = analyze(
      `${strong} Honestly, though, the biggest factor is the salary and the bonus.`,
    )
    expect(weak.flags).toContain('salary-title')
    expect(weak.score).toBeLessThanOrEqual(59)
    const motivation = weak.criteria.find((c) => c.id === 'motivation')
    expect(
      motivation?.evidence.some((e) => e.effect === 'costs' && e.rule === 'salary-title'),
    ).toBe(true)
    const finding = weak.findings.find((f) => f.flag === 'salary-title')
    expect(finding?.suggestion).toBeTruthy()
  })

  it('adds the career-change criteria for career-change answers', () => {
    const r = analyze(strong, { question: 'career-change' })
    expect(r.criteria.map((c) => c.id)).toEqual(
      expect.arrayContaining(['switch-reason', 'transferable', 'preparation']),
    )
  })

  it('estimates seconds at 140 words a minute, or uses the measured time', () => {
    expect(report.stats.seconds).toBe(Math.round((report.stats.words / 140) * 60))
    const timed = analyze(strong, { spoken: true, seconds: 30 })
    expect(timed.stats.seconds).toBe(30)
    expect(timed.stats.wpm).toBe(Math.round((timed.stats.words / 30) * 60))
  })
})

describe('analyze: judging only what the words show', () => {
  it('does not read a denial of money as a money motive', () => {
    expect(analyze(`I'm not motivated by salary. ${strong}`).flags).not.toContain('salary-title')
  })

  it('does not count quoted speech as the speaker hedging', () => {
    const r = analyze(
      `My first manager always said "maybe later, I guess, maybe" about everything. ${strong}`,
    )
    expect(r.flags).not.toContain('hedging')
  })

  it('reports template placeholders as unfinished, not as vague', () => {
    const r = analyze(`${strong} I am excited to join [Company] as a [Job Title].`)
    const placeholders = r.findings.filter((f) => f.rule === 'placeholders')
    expect(placeholders.map((f) => f.message)).toEqual([
      '"[Company]" is a placeholder: the answer is unfinished.',
      '"[Job Title]" is a placeholder: the answer is unfinished.',
    ])
    expect(r.flags).not.toContain('vague')
  })

  it('says when a transcript is too garbled to judge', () => {
    const r = analyze('xzq vvbn qrtt pwzx 1234 5678 ;;; klmn zzzt hjkl', { spoken: true })
    expect(r.unscorable).toMatch(/garbled/)
  })

  it('honours a rule switched off in the config', () => {
    const { analyze: lenient } = createAnalyzer({ off: ['hedging'] })
    const text = `I guess maybe I kind of want to, I'm not sure. ${strong}`
    expect(analyze(text).flags).toContain('hedging')
    expect(lenient(text).flags).not.toContain('hedging')
  })

  it('compiles a data rule with the options the config gives it, and refuses options elsewhere', () => {
    const text = 'I want to keep learning how payments systems fail. My goal is to lead that team.'
    const strict = createAnalyzer({ options: { learning: { minimum: 3 } } })
    const keen = createAnalyzer({ options: { learning: { minimum: 1 } } })
    expect(keen.analyze(text).strengths).toContain('learning-motivation')
    expect(strict.analyze(text).strengths).not.toContain('learning-motivation')
    expect(() => createAnalyzer({ options: { learning: { minimum: 0 } } })).toThrow()
    expect(() => createAnalyzer({ options: { hedging: { minimum: 1 } } })).toThrow(/no options/)
  })
})

describe('analyze: bad input', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['x'.repeat(MAX_TEXT_LENGTH + 1), 'too-long'],
    ['PK\u0003\u0004\u0000\u0000binary', 'binary'],
  ])('rejects bad text (%#) with a typed InputError', (text, code) => {
    try {
      analyze(text)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).code).toBe(code)
      expect((error as InputError).message.length).toBeGreaterThan(10)
    }
  })

  it('accepts text at the limit', () => {
    const text = `${strong} `.repeat(Math.floor(MAX_TEXT_LENGTH / (strong.length + 1)))
    expect(analyze(text).stats.words).toBeGreaterThan(2000)
  })
})

/** No control characters (other than tab and newlines) and no U+FFFD: what checkInput accepts as text. */
function isPlainText(text: string): boolean {
  return [...text].every((ch) => {
    const code = ch.codePointAt(0) ?? 0
    return (code >= 32 || code === 9 || code === 10 || code === 13) && code !== 0xfffd
  })
}

describe('analyze: properties (fast-check)', () => {
  const unicodeText = fc.string({ unit: 'grapheme', maxLength: 400 })
  const answerish = fc
    .array(
      fc.constantFrom(
        'I’ll',
        'lead',
        'the',
        'team',
        '😀',
        '“maybe”',
        'kind of',
        'um,',
        'in 2 years',
        '[Job Title]',
        'café',
        '—',
        'don’t',
        '\n',
        'CEO',
        'salary',
        '!',
        '?',
      ),
      { maxLength: 80 },
    )
    .map((words) => words.join(' '))

  it('never throws on non-empty text within the limit, and every span lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText, answerish), (text) => {
        fc.pre(text.trim().length > 0 && isPlainText(text))
        const r = analyze(text)
        expect(r.score).toBeGreaterThanOrEqual(0)
        expect(r.score).toBeLessThanOrEqual(100)
        for (const f of r.findings) {
          expect(f.span[0]).toBeGreaterThanOrEqual(0)
          expect(f.span[1]).toBeLessThanOrEqual(text.length)
          expect(f.span[0]).toBeLessThanOrEqual(f.span[1])
        }
        for (const c of r.criteria)
          for (const e of c.evidence) expect(e.span[1]).toBeLessThanOrEqual(text.length)
      }),
      { numRuns: 300 },
    )
  })
})

describe('analyze: text in another language', () => {
  it.each([
    'Mi objetivo es liderar el equipo de datos en los próximos tres años y aprender mucho.',
    'Mein Ziel ist es, in drei Jahren das Datenteam zu leiten und viel zu lernen.',
    '私の目標は三年以内にデータチームを率いることです。',
  ])('says headway judges English and never calls it good: %s', (text) => {
    const report = analyze(text)
    expect(report.unscorable).toMatch(/judges answers in English/)
    expect(['strong', 'solid']).not.toContain(report.verdict)
  })

  it('does not mistake a short English answer for another language', () => {
    expect(analyze('Lead the Boise ICU night shift by 2028.').unscorable).toBeUndefined()
    expect(
      analyze('Within three years I want to lead your billing platform team.').unscorable,
    ).toBeUndefined()
  })
})

/**
 * The figures the team's judge reads off a labelled answer set
 * (../shared/tools/score-answers.mjs): verdict accuracy (strong/solid = good),
 * accuracy on answers of 25+ words, diagnosis (a weak answer's flags name one of
 * its pitfalls) and red flags on good answers. Shared by `npm run eval`, the
 * calibration script and the floor test on the real set, so all three count alike.
 */
import { readFileSync } from 'node:fs'
import { parseLine } from '../src/cli/batch/line.js'
import { RED_FLAGS } from '../src/core/critique/rubric.js'
import { analyze, type FlagId, type Report } from '../src/core/index.js'

export interface Gold {
  id: string
  label: 'strong' | 'weak'
  /** Flag ids (the team's sets). */
  flags?: string[]
  /** Pitfall letters (real answers, labelled by their pages). */
  pitfalls?: string[]
  strengths?: string[]
  text: string
  question?: string
}

export interface Judged {
  gold: Gold
  report: Report
  good: boolean
  words: number
}

/** Which flags name each pitfall letter (shared/data/README.md). */
const LETTER: Record<string, readonly FlagId[]> = {
  V: ['vague'],
  S: ['salary-title'],
  C: ['no-company-link'],
  N: ['negative'],
  H: ['hedging'],
  U: ['over-ambitious', 'unambitious'],
  R: ['off-role', 'no-company-link', 'unambitious'],
}

export function readSet(path: string): Array<{ gold: Gold; raw: string }> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((raw) => ({ gold: JSON.parse(raw) as Gold, raw }))
}

/** Critique every answer of a set as `headway batch` does (same line parsing). */
export function judgeSet(path: string, critique = analyze): Judged[] {
  return readSet(path).map(({ gold, raw }, i) => {
    const parsed = parseLine(raw, i + 1)
    if (!parsed.ok) throw new Error(`${path} line ${i + 1}: ${parsed.error}`)
    const report = critique(parsed.item.text, parsed.item.context)
    return {
      gold,
      report,
      good: report.verdict === 'strong' || report.verdict === 'solid',
      words: gold.text.split(/\s+/).filter(Boolean).length,
    }
  })
}

/** Whether a weak answer's flags name one of its pitfalls (true for answers with none listed). */
export function diagnosed(j: Judged): boolean {
  const flags = new Set<string>(j.report.flags)
  if (j.gold.pitfalls?.length)
    return j.gold.pitfalls.some((p) => (LETTER[p] ?? []).some((f) => flags.has(f)))
  const gold = (j.gold.flags ?? []).filter((f) => f !== 'fillers')
  return gold.length === 0 || gold.some((f) => flags.has(f))
}

export interface Figures {
  n: number
  accuracy: number
  long: { n: number; accuracy: number }
  diagnosis: { n: number; rate: number }
  redOnGood: { n: number; rate: number }
}

export function figures(judged: readonly Judged[]): Figures {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  const right = (j: Judged) => j.good === (j.gold.label === 'strong')
  const long = judged.filter((j) => j.words >= 25)
  const weak = judged.filter(
    (j) => j.gold.label === 'weak' && (j.gold.pitfalls?.length || j.gold.flags?.length),
  )
  const good = judged.filter((j) => j.gold.label === 'strong')
  const red = good.filter((j) => j.report.flags.some((f) => RED_FLAGS.includes(f)))
  return {
    n: judged.length,
    accuracy: ratio(judged.filter(right).length, judged.length),
    long: { n: long.length, accuracy: ratio(long.filter(right).length, long.length) },
    diagnosis: { n: weak.length, rate: ratio(weak.filter(diagnosed).length, weak.length) },
    redOnGood: { n: good.length, rate: ratio(red.length, good.length) },
  }
}

/**
 * npm run calibrate: fit the score's logistic model (src/core/critique/calibration.json)
 * on the development set and the real answers, each set weighted alike, and print
 * five-fold cross-validated accuracy beside the fit, so the figure quoted is one the
 * model did not see. Weights on criteria are kept non-negative (a criterion can only
 * help) and flag penalties non-negative (a flag can only cost): the score stays
 * explainable as "this earned, that cost".
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  type Calibration,
  type CalibrationInput,
  calibration,
  isAsked,
  logOdds,
  NEUTRAL,
} from '../src/core/critique/calibration.js'
import { RED_FLAGS } from '../src/core/critique/rubric.js'
import { CRITERION_IDS, type FlagId, type QuestionKind } from '../src/core/index.js'
import { judgeSet } from './judge.js'
import { SETS } from './sets.js'

/** Flags that cost points without capping the score (RUBRIC.md). */
const SOFT: readonly FlagId[] = ['vague', 'no-company-link', 'hedging', 'unambitious', 'rambling']
const L2 = 0.003
const STEPS = 4000
const RATE = 1

interface Example {
  set: string
  /** What the score's model reads: criterion scores and soft flags, as analyze hands them over. */
  input: CalibrationInput
  /** The same as a vector, in the order of the model's weights (criteria, then soft flags). */
  x: number[]
  good: boolean
  red: boolean
}

function examples(set: string, path: string): Example[] {
  return judgeSet(path).map((j) => {
    const question = (j.gold.question ?? 'career-goals') as QuestionKind
    const input: CalibrationInput = {
      question,
      scores: Object.fromEntries(j.report.criteria.map((c) => [c.id, c.score])),
      flags: j.report.flags.filter((f) => SOFT.includes(f)),
    }
    return {
      set,
      input,
      x: [
        ...CRITERION_IDS.map((id) =>
          isAsked(question, id) ? (input.scores[id] ?? NEUTRAL) : NEUTRAL,
        ),
        ...SOFT.map((f) => (input.flags.includes(f) ? -1 : 0)),
      ],
      good: j.gold.label === 'strong',
      red: j.report.flags.some((f) => RED_FLAGS.includes(f)),
    }
  })
}

/** Logistic regression by projected gradient descent; each set carries equal weight. */
function fitLogistic(train: readonly Example[]): { w: number[]; b: number } {
  const per = new Map<string, number>()
  for (const e of train) per.set(e.set, (per.get(e.set) ?? 0) + 1)
  const weightOf = (e: Example) => train.length / per.size / (per.get(e.set) ?? 1)
  const size = train[0]?.x.length ?? 0
  const w = new Array<number>(size).fill(0)
  let b = 0
  for (let step = 0; step < STEPS; step++) {
    const grad = new Array<number>(size).fill(0)
    let gradB = 0
    for (const e of train) {
      const z = b + e.x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0)
      const g = (1 / (1 + Math.exp(-z)) - (e.good ? 1 : 0)) * weightOf(e)
      for (let i = 0; i < size; i++) grad[i] = (grad[i] ?? 0) + g * (e.x[i] ?? 0)
      gradB += g
    }
    for (let i = 0; i < size; i++)
      w[i] = Math.max(0, (w[i] ?? 0) - RATE * ((grad[i] ?? 0) / train.length + L2 * (w[i] ?? 0)))
    b -= (RATE * gradB) / train.length
  }
  return { w, b }
}

function toModel(
  { w, b }: { w: number[]; b: number },
  fitFigures: Calibration['fit'],
): Calibration {
  const round = (v: number) => Math.round(v * 1000) / 1000
  return {
    description: calibration.description,
    source: calibration.source,
    intercept: round(b),
    criteria: Object.fromEntries(CRITERION_IDS.map((id, i) => [id, round(w[i] ?? 0)])),
    flags: Object.fromEntries(SOFT.map((f, i) => [f, round(w[CRITERION_IDS.length + i] ?? 0)])),
    notAsked: calibration.notAsked,
    fit: fitFigures,
  }
}

function accuracy(model: Calibration, test: readonly Example[]): number {
  const right = test.filter((e) => (!e.red && logOdds(e.input, model) >= 0) === e.good)
  return test.length ? right.length / test.length : 1
}

const all = Object.entries(SETS).flatMap(([name, path]) => examples(name, path))
const train = all.filter((e) => e.set === 'dev' || e.set === 'real')

// Five folds, interleaved so each holds dev and real answers.
const cv: Record<string, number[]> = {}
for (let k = 0; k < 5; k++) {
  const test = train.filter((_, i) => i % 5 === k)
  const model = toModel(fitLogistic(train.filter((_, i) => i % 5 !== k)), {})
  for (const set of ['dev', 'real']) {
    const part = test.filter((e) => e.set === set)
    cv[set] = [...(cv[set] ?? []), ...part.map((e) => accuracy(model, [e]))]
  }
}
const round3 = (x: number) => Math.round(1000 * x) / 1000
const figures: Record<string, number> = {}
for (const [set, xs] of Object.entries(cv))
  figures[`cv-accuracy-${set}`] = round3(xs.reduce((s, x) => s + x, 0) / xs.length)
const fitted = fitLogistic(train)
const model = toModel(fitted, {})
for (const set of Object.keys(SETS))
  figures[`accuracy-${set}`] = round3(
    accuracy(
      model,
      all.filter((e) => e.set === set),
    ),
  )
const out = toModel(fitted, { trainedOn: 'dev + real', l2: L2, steps: STEPS, ...figures })
console.log(JSON.stringify(out, null, 2))
if (process.argv.includes('--write')) {
  const path = fileURLToPath(new URL('../src/core/critique/calibration.json', import.meta.url))
  writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`)
  console.log(`wrote ${path}`)
}

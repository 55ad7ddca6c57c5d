/**
 * npm run eval: the critique on every labelled answer set, side by side, with the
 * figures the team's judge reads (../shared/tools/score-answers.mjs): accuracy,
 * accuracy on 25+ words, diagnosis, red flags on good answers; then precision and
 * recall per flag and strength on the sets labelled with flag ids.
 * `npm run eval -- path/to/set.jsonl` evaluates one set; `--verbose` lists every
 * disagreement, for error analysis.
 */
import { FLAG_IDS, STRENGTH_IDS } from '../src/core/index.js'
import { diagnosed, figures, type Judged, judgeSet } from './judge.js'
import { SETS } from './sets.js'

const verbose = process.argv.includes('--verbose')
const one = process.argv.find((a) => a.endsWith('.jsonl'))
const sets: Record<string, string> = one ? { [one.split('/').pop() ?? one]: one } : SETS
const judged = Object.fromEntries(
  Object.entries(sets).map(([name, path]) => [name, judgeSet(path)]),
)

const pct = (x: number) => x.toFixed(2)
const col = (s: string) => s.padStart(9)
const names = Object.keys(judged)
console.log(`headway eval (good = strong or solid)\n`)
console.log(`${''.padEnd(24)}${names.map(col).join('')}`)
const rows: Array<[string, (f: ReturnType<typeof figures>) => string]> = [
  ['answers', (f) => String(f.n)],
  ['accuracy', (f) => pct(f.accuracy)],
  ['accuracy, 25+ words', (f) => pct(f.long.accuracy)],
  ['diagnosis', (f) => pct(f.diagnosis.rate)],
  ['red flags on good', (f) => pct(f.redOnGood.rate)],
]
const figs = Object.fromEntries(names.map((n) => [n, figures(judged[n] ?? [])]))
for (const [label, value] of rows) {
  console.log(
    `${label.padEnd(24)}${names.map((n) => col(value(figs[n] as ReturnType<typeof figures>))).join('')}`,
  )
}

function prf(js: readonly Judged[], id: string, kind: 'flags' | 'strengths') {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const j of js) {
    const gold = (j.gold[kind] ?? []).includes(id)
    const predicted = (j.report[kind] as readonly string[]).includes(id)
    if (gold && predicted) tp++
    else if (predicted) fp++
    else if (gold) fn++
  }
  return {
    n: tp + fn,
    p: tp + fp === 0 ? 1 : tp / (tp + fp),
    r: tp + fn === 0 ? 1 : tp / (tp + fn),
  }
}

const labelled = names.filter((n) => (judged[n] ?? []).some((j) => j.gold.flags))
for (const [kind, ids] of [
  ['flags', FLAG_IDS],
  ['strengths', STRENGTH_IDS],
] as const) {
  console.log(
    `\n${`${kind} (precision/recall, n)`.padEnd(24)}${labelled.map((n) => n.padStart(16)).join('')}`,
  )
  for (const id of ids) {
    const cells = labelled.map((n) => {
      const m = prf(judged[n] ?? [], id, kind)
      return m.n === 0
        ? '-'.padStart(16)
        : `${pct(m.p)}/${pct(m.r)} ${String(m.n).padStart(3)}`.padStart(16)
    })
    console.log(`${id.padEnd(24)}${cells.join('')}`)
  }
}

if (verbose) {
  for (const n of names) {
    console.log(`\n${n}: disagreements`)
    for (const j of judged[n] ?? []) {
      const wrong = j.good !== (j.gold.label === 'strong')
      if (!wrong && diagnosed(j)) continue
      const gold = (j.gold.pitfalls ?? j.gold.flags ?? []).join(',')
      console.log(
        `  ${j.gold.id} ${j.gold.label} -> ${j.report.verdict} ${j.report.score} [${j.report.flags.join(',')}] gold [${gold}]${wrong ? '' : ' (undiagnosed)'}: ${j.gold.text.slice(0, 100)}`,
      )
    }
  }
}

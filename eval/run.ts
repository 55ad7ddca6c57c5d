/**
 * npm run eval: the critique against the labelled development set.
 * Prints accuracy of good vs weak, a confusion table, and precision and recall
 * for each flag and strength with at least five labelled examples.
 * `--verbose` lists every disagreement, for error analysis.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseLine } from '../src/cli/batch/line.js'
import { analyze, FLAG_IDS, STRENGTH_IDS } from '../src/core/index.js'

interface Labelled {
  id: string
  label: 'strong' | 'weak'
  flags: string[]
  strengths: string[]
}

const path =
  process.argv.find((a) => a.endsWith('.jsonl')) ??
  fileURLToPath(new URL('../../shared/data/dev-answers.jsonl', import.meta.url))
const verbose = process.argv.includes('--verbose')
const lines = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim())

const rows = lines.map((raw, i) => {
  const parsed = parseLine(raw, i + 1)
  if (!parsed.ok) throw new Error(`line ${i + 1}: ${parsed.error}`)
  const gold = JSON.parse(raw) as Labelled
  const report = analyze(parsed.item.text, parsed.item.context)
  return { gold, report, good: report.verdict === 'strong' || report.verdict === 'solid' }
})

const confusion = { tp: 0, fp: 0, tn: 0, fn: 0 }
for (const r of rows) {
  const goldGood = r.gold.label === 'strong'
  if (goldGood && r.good) confusion.tp++
  else if (!goldGood && r.good) confusion.fp++
  else if (!goldGood && !r.good) confusion.tn++
  else confusion.fn++
}
const accuracy = (confusion.tp + confusion.tn) / rows.length

function prf(
  id: string,
  gold: (r: (typeof rows)[number]) => string[],
  predicted: (r: (typeof rows)[number]) => string[],
) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const r of rows) {
    const g = gold(r).includes(id)
    const p = predicted(r).includes(id)
    if (g && p) tp++
    else if (p) fp++
    else if (g) fn++
  }
  return {
    id,
    n: tp + fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    fp,
    fn,
  }
}

const pct = (x: number) => x.toFixed(2)
console.log(`headway eval on ${path.split('/').slice(-2).join('/')} (${rows.length} answers)\n`)
console.log(`accuracy (good = strong or solid): ${pct(accuracy)}`)
console.log('\n                 predicted good   predicted weak')
console.log(
  `labelled strong  ${String(confusion.tp).padStart(14)}   ${String(confusion.fn).padStart(14)}`,
)
console.log(
  `labelled weak    ${String(confusion.fp).padStart(14)}   ${String(confusion.tn).padStart(14)}`,
)

for (const [title, ids, gold, pred] of [
  [
    'flag',
    FLAG_IDS,
    (r: (typeof rows)[number]) => r.gold.flags,
    (r: (typeof rows)[number]) => r.report.flags,
  ],
  [
    'strength',
    STRENGTH_IDS,
    (r: (typeof rows)[number]) => r.gold.strengths,
    (r: (typeof rows)[number]) => r.report.strengths,
  ],
] as const) {
  console.log(`\n${title.padEnd(22)}   n  precision  recall`)
  for (const id of ids) {
    const m = prf(id, gold, pred)
    // Every flag with a labelled answer is shown (they are what the critique is judged on);
    // fewer than five makes the figure a rough one.
    if (m.n < (title === 'flag' ? 1 : 5)) continue
    const weak = title === 'flag' && (m.precision < 0.8 || m.recall < 0.8) ? '  <' : ''
    const mark = `${weak}${m.n < 5 ? '  (few)' : ''}`
    console.log(
      `${id.padEnd(22)} ${String(m.n).padStart(3)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}${mark}`,
    )
  }
}

if (verbose) {
  console.log('\ndisagreements:')
  for (const r of rows) {
    const missed = r.gold.flags.filter((f) => !r.report.flags.includes(f as never))
    const extra = r.report.flags.filter((f) => !r.gold.flags.includes(f))
    const wrong = (r.gold.label === 'strong') !== r.good
    if (wrong || missed.length || extra.length) {
      console.log(
        `${r.gold.id} ${r.gold.label} → ${r.report.verdict} ${r.report.score}  missed=${missed.join(',')} extra=${extra.join(',')}`,
      )
    }
  }
}

/** npm run eval -- explain: `tsx eval/explain.ts dev-005 [rule]` prints the hits behind one answer's report. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseLine } from '../src/cli/batch/line.js'
import { analyze } from '../src/core/index.js'

const [id, only] = process.argv.slice(2)
const path = fileURLToPath(new URL('../../shared/data/dev-answers.jsonl', import.meta.url))
const raw = readFileSync(path, 'utf8')
  .split('\n')
  .find((l) => l.includes(`"id": "${id}"`))
if (!raw) throw new Error(`no answer ${id}`)
const parsed = parseLine(raw, 1)
if (!parsed.ok) throw new Error(parsed.error)
const report = analyze(parsed.item.text, parsed.item.context)
const text = parsed.item.text
console.log(
  `${id}: ${report.score} ${report.verdict} flags=${report.flags.join(',')} strengths=${report.strengths.join(',')}`,
)
for (const c of report.criteria) {
  console.log(`  ${c.id.padEnd(14)} ${c.score.toFixed(2)}`)
  for (const e of c.evidence) {
    if (only && e.rule !== only) continue
    console.log(
      `      ${e.effect === 'earns' ? '+' : '-'} ${e.rule} "${text.slice(e.span[0], Math.min(e.span[1], e.span[0] + 60))}"`,
    )
  }
}

/** `tsx eval/strengths.ts STRENGTH`: which answers a strength is wrongly given or missed, with the spans that earned it. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseLine } from '../src/cli/batch/line.js'
import { analyze } from '../src/core/index.js'

const [strength, file] = process.argv.slice(2)
const path = file ?? fileURLToPath(new URL('../../shared/data/dev-answers.jsonl', import.meta.url))
for (const [i, raw] of readFileSync(path, 'utf8').split('\n').filter(Boolean).entries()) {
  const parsed = parseLine(raw, i + 1)
  if (!parsed.ok) continue
  const gold = JSON.parse(raw) as { id: string; label: string; strengths: string[] }
  const report = analyze(parsed.item.text, parsed.item.context)
  const g = gold.strengths.includes(strength ?? '')
  const p = report.strengths.includes(strength as never)
  if (g === p) continue
  const spans = report.criteria
    .flatMap((c) => c.evidence)
    .filter((e) => e.effect === 'earns')
    .map((e) => parsed.item.text.slice(e.span[0], Math.min(e.span[1], e.span[0] + 40)))
  console.log(
    `${p ? 'FP' : 'FN'} ${gold.id} ${gold.label}  ${p ? spans.slice(0, 12).join(' | ') : parsed.item.text.slice(0, 160)}`,
  )
}

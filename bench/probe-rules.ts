import { readFileSync } from 'node:fs'
import { rules } from '../src/core/critique/rules/index.js'
import { readDocument } from '../src/core/text/document.js'

const texts = readFileSync(new URL('../../shared/data/dev-answers.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).text as string)
const ctx = { question: 'career-goals' as const, spoken: false, careerChange: false }
const docs = () => texts.map((t) => readDocument(t))
for (const r of rules) for (const d of docs()) r.check(d, ctx)
const totals = new Map<string, number>()
for (let k = 0; k < 10; k++) {
  const ds = docs()
  for (const r of rules) {
    const c = process.cpuUsage()
    for (const d of ds) r.check(d, ctx)
    const u = process.cpuUsage(c)
    totals.set(r.id, (totals.get(r.id) ?? 0) + (u.user + u.system) / 1000 / (10 * texts.length))
  }
}
for (const [id, ms] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(id.padEnd(16), ms.toFixed(4))

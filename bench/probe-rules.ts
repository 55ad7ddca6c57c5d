import { readFileSync } from 'node:fs'
import { rules } from '../src/core/critique/rules/index.js'
import { readDocument } from '../src/core/text/document.js'

/**
 * Time per rule, per dev answer. Documents are walked one at a time and every rule
 * runs on it in report order, as analyze does: facts shared per document (concrete
 * items, phrase matches, time expressions) are paid by the first rule that reads
 * them, and a rule-major loop would recompute them (perDocument keeps the last one).
 */
const texts = readFileSync(new URL('../../shared/data/dev-answers.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).text as string)
const ctx = { question: 'career-goals' as const, spoken: false, careerChange: false }
for (const t of texts) {
  const d = readDocument(t)
  for (const r of rules) r.check(d, ctx)
}
const ROUNDS = 10
const totals = new Map<string, number>()
for (let k = 0; k < ROUNDS; k++) {
  for (const t of texts) {
    const d = readDocument(t)
    for (const r of rules) {
      const t0 = performance.now()
      r.check(d, ctx)
      totals.set(r.id, (totals.get(r.id) ?? 0) + performance.now() - t0)
    }
  }
}
let sum = 0
for (const [id, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
  const each = ms / (ROUNDS * texts.length)
  sum += each
  console.log(id.padEnd(16), each.toFixed(4))
}
console.log('all rules'.padEnd(16), sum.toFixed(4), 'ms per answer')

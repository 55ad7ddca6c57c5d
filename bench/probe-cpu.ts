import { readFileSync } from 'node:fs'
import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import { analyze, readDocument } from '../src/core/index.js'

const nlp = winkNLP(model)
const texts = readFileSync('/work/shared/data/dev-answers.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).text as string)
const cpu = (f: () => void) => {
  const c = process.cpuUsage()
  f()
  const d = process.cpuUsage(c)
  return (d.user + d.system) / 1000
}
for (let i = 0; i < 3; i++)
  for (const t of texts) {
    analyze(t)
    nlp.readDoc(t)
  }
const n = 10 * texts.length
const a =
  cpu(() => {
    for (let i = 0; i < 10; i++) for (const t of texts) analyze(t)
  }) / n
if (process.env.LONG) for (let i = 0; i < 60; i++) for (const t of texts) analyze(t)
const r =
  cpu(() => {
    for (let i = 0; i < 10; i++) for (const t of texts) readDocument(t)
  }) / n
const w =
  cpu(() => {
    for (let i = 0; i < 10; i++) for (const t of texts) nlp.readDoc(t)
  }) / n
console.log(
  `cpu ms/answer: analyze ${a.toFixed(3)}  readDocument ${r.toFixed(3)}  wink readDoc ${w.toFixed(3)}  analyze/readDoc ${(a / w).toFixed(1)}x`,
)

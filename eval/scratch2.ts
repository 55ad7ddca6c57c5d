import { diagnosed, figures, judgeSet } from './judge.js'

const sets = {
  dev: '../shared/data/dev-answers.jsonl',
  real: '../shared/data/real-answers.jsonl',
  h1: 'test/fixtures/heldout/answers.jsonl',
  h2: 'test/fixtures/heldout-2/answers.jsonl',
}
for (const [name, p] of Object.entries(sets)) {
  const j = judgeSet(p)
  const f = figures(j)
  console.log(
    name.padEnd(5),
    `acc ${f.accuracy.toFixed(3)} long ${f.long.accuracy.toFixed(3)}(${f.long.n}) diag ${f.diagnosis.rate.toFixed(3)}(${f.diagnosis.n}) red ${f.redOnGood.rate.toFixed(3)}`,
  )
  if (process.argv.includes(name))
    for (const x of j)
      if (x.good !== (x.gold.label === 'strong') || !diagnosed(x))
        console.log(
          `  ${x.gold.id} ${x.gold.label} -> ${x.report.score} [${x.report.flags}] ${(x.gold.pitfalls ?? x.gold.flags ?? []).join(',')} ${x.good !== (x.gold.label === 'strong') ? 'WRONG' : 'undiag'} | ${x.gold.text.slice(0, 90)}`,
        )
}

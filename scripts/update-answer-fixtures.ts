/**
 * Refresh test/fixtures/answers/<case>.expected.json from the engine as it is
 * now (verdict, flags, strengths), keeping each file's hand-written `intended`.
 * Review the diff of the expected.json files before committing, as with
 * Readability's generate-testcase.js. Usage: tsx scripts/update-answer-fixtures.ts
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import {
  answerCases,
  disagreements,
  type Expected,
  expectedSchema,
  FIXTURES,
  observe,
  writeExpected,
} from '../test/cli/answer-fixtures.js'

let failed = false
for (const c of answerCases()) {
  if (!existsSync(c.expectedPath)) {
    console.error(`${c.name}: no ${c.name}.expected.json; write one with an "intended" block first`)
    failed = true
    continue
  }
  const parsed = expectedSchema
    .pick({ intended: true })
    .safeParse(JSON.parse(readFileSync(c.expectedPath, 'utf8')))
  if (!parsed.success) {
    console.error(`${c.name}: the "intended" block is missing or invalid`)
    failed = true
    continue
  }
  const intended: Expected['intended'] = parsed.data.intended
  const observed = observe(c)
  writeExpected(c, observed, intended)
  const diff = disagreements(observed, intended)
  console.log(
    `${c.name.padEnd(20)} ${observed.verdict.padEnd(10)} ${diff.length === 0 ? 'as intended' : diff.join('; ')}`,
  )
}
// Leave the files as `biome check` wants them, so the test command stays green.
execFileSync('npx', ['biome', 'format', '--write', FIXTURES], { stdio: 'ignore' })
process.exitCode = failed ? 1 : 0

/**
 * Regenerate test/fixtures/company/<case>/expected.json and
 * test/fixtures/jobs/<case>.expected.json from the current extractor
 * (Readability's generate-testcase.js). Review the diff before committing:
 * expected.json is what the extractor does, gold.json is what a reader wants.
 *
 *   npx tsx scripts/update-company-fixtures.ts [CASE...]
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import {
  companyCases,
  expectedPath,
  jobCases,
  runCompanyCase,
  runJobCase,
} from '../test/company/fixture-runner.js'

const only = new Set(process.argv.slice(2))
const pick = (name: string) => only.size === 0 || only.has(name)
const written: string[] = []
for (const name of companyCases().filter(pick)) {
  const path = expectedPath('company', name)
  writeFileSync(path, `${JSON.stringify(runCompanyCase(name).dossier, null, 2)}\n`)
  written.push(path)
}
for (const file of jobCases().filter(pick)) {
  const path = expectedPath('job', file)
  writeFileSync(path, `${JSON.stringify(runJobCase(file).dossier, null, 2)}\n`)
  written.push(path)
}
// keep the files in the house format so `biome check` stays green after an update
if (written.length > 0)
  execFileSync('npx', ['biome', 'format', '--write', ...written], { stdio: 'ignore' })
process.stdout.write(`wrote ${written.length} expected.json files\n`)

/**
 * Company extraction figures over the hand-written gold of each fixture
 * (test/fixtures/company/<case>/gold.json), never over the regenerated
 * expected.json: values recall and precision (names matched after
 * normalising case and punctuation), missions found, false missions.
 * Then the real corpus (test/fixtures/real-company, real-jobs): its first
 * run, kept in eval/company-first-run.json, beside the figures now.
 *
 *   npx tsx eval/company.ts [--verbose]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  COMPANY_FIXTURES,
  companyCases,
  JOB_FIXTURES,
  jobCases,
  runCompanyCase,
  runJobCase,
} from '../test/company/fixture-runner.js'
import { type Figures, scoreRealCorpus } from '../test/company/real-corpus.js'

interface Gold {
  name: string | null
  mission: string | null
  values: string[]
}

const verbose = process.argv.includes('--verbose')
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

let truePositives = 0
let goldValues = 0
let foundValues = 0
let missionsGold = 0
let missionsFound = 0
let falseMissions = 0
let namesRight = 0
const rows: string[] = []
const cases = companyCases()
for (const name of cases) {
  const gold = JSON.parse(readFileSync(join(COMPANY_FIXTURES, name, 'gold.json'), 'utf8')) as Gold
  const { dossier } = runCompanyCase(name)
  const got = dossier.values.map((v) => norm(v.name))
  const want = gold.values.map(norm)
  const hits = got.filter((g) => want.includes(g)).length
  truePositives += hits
  goldValues += want.length
  foundValues += got.length
  let mission = '-'
  if (gold.mission) {
    missionsGold++
    const ok = dossier.mission !== null && norm(dossier.mission.text).includes(norm(gold.mission))
    if (ok) missionsFound++
    mission = ok ? 'found' : dossier.mission ? 'wrong' : 'missed'
  } else if (dossier.mission) {
    falseMissions++
    mission = 'false'
  }
  if ((dossier.name ?? null) === gold.name) namesRight++
  rows.push(
    `${name.padEnd(28)} values ${hits}/${want.length} (found ${got.length})  mission ${mission.padEnd(6)} name ${dossier.name === gold.name ? 'ok' : `${dossier.name} ≠ ${gold.name}`}`,
  )
  if (verbose) {
    const missed = gold.values.filter((v) => !got.includes(norm(v)))
    const extra = dossier.values.filter((v) => !want.includes(norm(v.name))).map((v) => v.name)
    if (missed.length) rows.push(`    missed: ${missed.join(' | ')}`)
    if (extra.length) rows.push(`    extra:  ${extra.join(' | ')}`)
    if (mission !== 'found' && mission !== '-')
      rows.push(`    mission: ${dossier.mission?.text ?? 'null'}`)
  }
}
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`)
process.stdout.write(`${rows.join('\n')}\n\n`)
process.stdout.write(`cases: ${cases.length}\n`)
process.stdout.write(
  `values recall:    ${pct(truePositives, goldValues)} (${truePositives}/${goldValues})\n`,
)
process.stdout.write(
  `values precision: ${pct(truePositives, foundValues)} (${truePositives}/${foundValues})\n`,
)
process.stdout.write(
  `missions found:   ${missionsFound}/${missionsGold}; false missions on pages without one: ${falseMissions}\n`,
)
process.stdout.write(`names right:      ${namesRight}/${cases.length}\n`)

// Job descriptions: each field the gold states, compared after normalising; list sizes compared exactly.
type JobGold = Record<string, string | number> | null
const JOB_FIELDS = ['title', 'company', 'team', 'years', 'workMode', 'location'] as const
const LIST_FIELDS = ['responsibilities', 'requirements', 'niceToHave'] as const
let fieldsRight = 0
let fieldsTotal = 0
let listsRight = 0
let listsTotal = 0
const jobRows: string[] = []
for (const file of jobCases()) {
  const goldFile = join(JOB_FIXTURES, file.replace(/\.(txt|md|html)$/, '.gold.json'))
  const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { job: JobGold }).job
  const job = runJobCase(file).dossier.job
  const wrong: string[] = []
  if (gold === null) {
    fieldsTotal++
    if (job === null) fieldsRight++
    else wrong.push('job should be null')
  } else {
    for (const f of JOB_FIELDS) {
      if (gold[f] === undefined) continue
      fieldsTotal++
      const got = job?.[f]
      if (got !== undefined && norm(String(got)) === norm(String(gold[f]))) fieldsRight++
      else wrong.push(`${f}: ${got ?? '-'} ≠ ${gold[f]}`)
    }
    for (const f of LIST_FIELDS) {
      listsTotal++
      const got = job?.[f].length ?? 0
      if (got === gold[f]) listsRight++
      else wrong.push(`${f}: ${got} ≠ ${gold[f]}`)
    }
  }
  jobRows.push(`${file.padEnd(28)} ${wrong.length === 0 ? 'ok' : wrong.join('; ')}`)
}
process.stdout.write(`\n${jobRows.join('\n')}\n\n`)
process.stdout.write(
  `job fields right:  ${pct(fieldsRight, fieldsTotal)} (${fieldsRight}/${fieldsTotal})\n`,
)
process.stdout.write(`job list sizes right: ${listsRight}/${listsTotal}\n`)

// The real corpus (test/fixtures/real-company, real-jobs): the first run, kept once, beside now.
const firstRun = JSON.parse(
  readFileSync(join(import.meta.dirname, 'company-first-run.json'), 'utf8'),
) as { byBatch: Record<string, Figures>; all: Figures }
const real = await scoreRealCorpus()
if (verbose)
  process.stdout.write(`\n${real.companyRows.join('\n')}\n\n${real.jobRows.join('\n')}\n`)
const TARGETS: Partial<Record<keyof Figures, number>> = {
  valuesRecall: 0.9,
  valuesPrecision: 0.9,
  mission: 0.85,
  names: 0.9,
  jobTitles: 0.9,
  itemsRecall: 0.85,
}
const KEYS: Array<keyof Figures> = [
  'companyPages',
  'valuesRecall',
  'valuesPrecision',
  'mission',
  'missionsFoundOfGold',
  'names',
  'jobPages',
  'jobTitles',
  'itemsRecall',
  'responsibilitiesRecall',
  'requirementsRecall',
]
const columns = [...new Set([...Object.keys(firstRun.byBatch), ...Object.keys(real.byBatch)])]
const cell = (f: Figures | undefined, k: keyof Figures) => String(f?.[k] ?? '-').padEnd(9)
process.stdout.write('\nreal corpus: first run → now (target)\n')
process.stdout.write(
  `${''.padEnd(24)}${[...columns, 'all']
    .map((c) => `${c} first`.padEnd(14) + 'now'.padEnd(9))
    .join(' ')}\n`,
)
for (const k of KEYS) {
  const row = [...columns.map((c) => [firstRun.byBatch[c], real.byBatch[c]] as const)]
  row.push([firstRun.all, real.all])
  const target = TARGETS[k] === undefined ? '' : `(≥ ${TARGETS[k]})`
  process.stdout.write(
    `${k.padEnd(24)}${row.map(([a, b]) => `${cell(a, k).padEnd(14)}${cell(b, k)}`).join(' ')} ${target}\n`,
  )
}

/**
 * `npm run bench:adversarial`: the cost of the worst inputs found in issue 18
 * beside a normal input of the same size, as CPU time (best of three) and the
 * ratio. Target: no ratio over 10. The same shapes are asserted on, with
 * generated variants, in test/adversarial/cost.property.test.ts.
 */

import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { align } from '../src/core/align/matrix.js'
import { composeDrafts, DRAFT_LENGTHS } from '../src/core/compose/draft.js'
import { DOSSIER_LIMITS, type Dossier, dossierSchema } from '../src/core/contracts/dossier.js'
import { goalSchema, profileSchema } from '../src/core/contracts/profile.js'
import { analyze } from '../src/core/index.js'
import { deliveryMetrics } from '../src/core/practice/delivery.js'
import { cleanPage } from '../src/io/page-text.js'
import {
  cpuMs,
  flatPage,
  longRun,
  nestedPage,
  normalPage,
  normalText,
  RUN_SEPARATORS,
} from '../test/helpers/adversarial.js'

const MAX_RATIO = 10
const rows: Array<{ what: string; size: string; worst: number; normal: number }> = []

function measure(
  what: string,
  size: string,
  work: (input: never) => unknown,
  worst: unknown,
  normal: unknown,
) {
  const run = work as (input: unknown) => unknown
  run(normal)
  run(worst)
  const normalMs = cpuMs(() => run(normal))
  const worstMs = cpuMs(() => run(worst))
  rows.push({ what, size, worst: worstMs, normal: normalMs })
  process.stderr.write('.')
}

const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`

// 1. The critique (POST /api/analyze, the live critique, practice, saved versions).
const ANSWER = 20_000
const answer = normalText(ANSWER)
measure('analyze: "lead-" × 4,000', kb(ANSWER), analyze, 'lead-'.repeat(4000), answer)
for (const separator of RUN_SEPARATORS)
  measure(
    `analyze: one run joined by "${separator}"`,
    kb(ANSWER),
    analyze,
    longRun(separator, ANSWER),
    answer,
  )
measure('analyze: "a" × 20,000', kb(ANSWER), analyze, 'a'.repeat(ANSWER), answer)
measure(
  'practice metrics: "lead-" × 4,000',
  kb(ANSWER),
  (t: string) => deliveryMetrics(t, 120),
  'lead-'.repeat(4000),
  answer,
)

// 2. Align and draft over a dossier at its caps (longer strings are now refused with 400).
const fixture = JSON.parse(readFileSync('test/fixtures/profiles/ana-backend.json', 'utf8'))
const profile = profileSchema.parse(fixture.profile)
const goals = (fixture.goals as object[]).map((g) => goalSchema.parse({ type: 'position', ...g }))
const base = dossierSchema.parse(
  JSON.parse(readFileSync('test/fixtures/profiles/companies/brightpath.json', 'utf8')),
)
const source = { quote: 'q', start: 0, end: 1 }
const withText = (text: string): Dossier => ({
  ...base,
  mission: { text, source },
  values: [...base.values, { name: 'Own it', description: text, source }],
  initiatives: [...base.initiatives, { text, source }],
})
const CAP = DOSSIER_LIMITS.statement
const worstDossier = withText('lead-'.repeat(CAP / 5))
const normalDossier = withText(normalText(CAP))
measure(
  'align: mission, value, initiative at the cap',
  kb(3 * CAP),
  (d: Dossier) => align(profile, goals, d),
  worstDossier,
  normalDossier,
)
measure(
  'draft: the same dossier',
  kb(3 * CAP),
  (d: Dossier) => composeDrafts({ profile, goals, dossier: d }, DRAFT_LENGTHS),
  worstDossier,
  normalDossier,
)

// 3. Cleaning a company page (POST /api/company/extract, fetched pages).
const page = readFileSync('test/fixtures/company/values-cards/page.html', 'utf8')
const reported = nestedPage(350, 250)
measure(
  'clean: 350 chains of 250 nested blocks (reported)',
  kb(reported.length),
  cleanPage,
  reported,
  normalPage(reported.length, page),
)
const underBudget = nestedPage(600, 24)
measure(
  'clean: 600 chains of 24 (under the budget: Readability runs)',
  kb(underBudget.length),
  cleanPage,
  underBudget,
  normalPage(underBudget.length, page),
)
const flat = flatPage(1_000_000)
measure(
  'clean: flat page of 83,000 divs',
  kb(flat.length),
  cleanPage,
  flat,
  normalPage(flat.length, page),
)

process.stderr.write('\n')
console.log(`load average at the end: ${loadavg()[0]?.toFixed(1)} (2 cores)\n`)
console.log('| worst input | size | worst ms | normal ms | ratio |')
console.log('|---|---|---|---|---|')
for (const r of rows)
  console.log(
    `| ${r.what} | ${r.size} | ${r.worst.toFixed(1)} | ${r.normal.toFixed(1)} | ${(r.worst / r.normal).toFixed(2)} |`,
  )
const worstRatio = Math.max(...rows.map((r) => r.worst / r.normal))
console.log(`\nhighest ratio ${worstRatio.toFixed(2)} (target: at most ${MAX_RATIO})`)
if (worstRatio > MAX_RATIO) process.exitCode = 1

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Dossier, Job } from '../../src/core/contracts/dossier.js'
import { researchFile } from '../../src/io/research.js'

/**
 * The real corpus: pages and postings kept from public sites, each folder a
 * page (page.html, page.md or page.txt) and a gold.json written by hand
 * before the extractor ever ran on it. See test/fixtures/real-company/README.md.
 */
export const REAL_COMPANY = resolve(import.meta.dirname, '../fixtures/real-company')
export const REAL_JOBS = resolve(import.meta.dirname, '../fixtures/real-jobs')

/** The year the corpus is read with, so nothing drifts with the clock. */
const CORPUS_YEAR = 2026

export interface CompanyGold {
  source: string
  batch: number
  /** The company's name, or its accepted spellings; absent when the page does not say it. */
  name?: string | string[]
  mission: string | null
  values: string[]
}

export interface JobGold {
  source: string
  batch: number
  /** The job's title, or its accepted forms; null when the stored page lost it. */
  title: string | string[] | null
  /** The first words of each duty. */
  responsibilities: string[]
  /** The first words of each requirement, required or preferred. */
  requirements: string[]
}

function cases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
}

function pageFile(dir: string): string {
  const file = readdirSync(dir).find((f) => /^page\.(html|md|txt)$/.test(f))
  if (!file) throw new Error(`${dir} has no page.html, page.md or page.txt`)
  return join(dir, file)
}

const readGold = <T>(dir: string) => JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as T

export const realCompanyCases = () => cases(REAL_COMPANY)
export const realJobCases = () => cases(REAL_JOBS)
export const companyGold = (slug: string) => readGold<CompanyGold>(join(REAL_COMPANY, slug))
export const jobGold = (slug: string) => readGold<JobGold>(join(REAL_JOBS, slug))

/** Read a company page the way `headway company URL` would: the saved page, its address as the URL. */
export async function runRealCompany(slug: string): Promise<Dossier> {
  const dir = join(REAL_COMPANY, slug)
  const gold = companyGold(slug)
  const result = await researchFile(pageFile(dir), { url: gold.source, year: CORPUS_YEAR })
  return result.dossier
}

/** Read a posting the way `headway company --job FILE` does. */
export async function runRealJob(slug: string): Promise<Job | null> {
  const dir = join(REAL_JOBS, slug)
  const result = await researchFile(pageFile(dir), { asJob: true, year: CORPUS_YEAR })
  return result.dossier.job
}

/** Case, punctuation, numbering and emoji do not count when names are compared. */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export interface CompanyScore {
  valuesGold: number
  valuesFound: number
  valuesRight: number
  /** Pages whose mission is right: found and matching, or rightly none. */
  missionRight: number
  missionPages: number
  /** Pages with a gold mission, and those of them where it was found. */
  missionsGold: number
  missionsFound: number
  namesJudged: number
  namesRight: number
  rows: string[]
}

function missionMatches(found: string | undefined, gold: string): boolean {
  if (found === undefined) return false
  const f = norm(found)
  const g = norm(gold)
  return f.includes(g) || (g.includes(f) && f.length >= 0.6 * g.length)
}

export function scoreCompany(
  slug: string,
  gold: CompanyGold,
  dossier: Dossier,
  score: CompanyScore,
) {
  const want = gold.values.map(norm)
  const got = dossier.values.map((v) => norm(v.name))
  const right = got.filter((g) => want.includes(g)).length
  score.valuesGold += want.length
  score.valuesFound += got.length
  score.valuesRight += right
  score.missionPages++
  let mission: string
  if (gold.mission) {
    score.missionsGold++
    const ok = missionMatches(dossier.mission?.text, gold.mission)
    if (ok) {
      score.missionsFound++
      score.missionRight++
    }
    mission = ok ? 'found' : dossier.mission ? 'wrong' : 'missed'
  } else {
    mission = dossier.mission ? 'false' : '-'
    if (!dossier.mission) score.missionRight++
  }
  let name = '-'
  if (gold.name !== undefined) {
    score.namesJudged++
    const names = (Array.isArray(gold.name) ? gold.name : [gold.name]).map(norm)
    const ok = dossier.name !== null && names.includes(norm(dossier.name))
    if (ok) score.namesRight++
    name = ok ? 'ok' : `${dossier.name} ≠ ${names[0]}`
  }
  const missed = gold.values.filter((v) => !got.includes(norm(v)))
  const extra = dossier.values.filter((v) => !want.includes(norm(v.name))).map((v) => v.name)
  score.rows.push(
    `${slug.padEnd(34)} values ${right}/${want.length} (found ${got.length})  mission ${mission.padEnd(6)} name ${name}`,
  )
  if (missed.length) score.rows.push(`    missed: ${missed.join(' | ')}`)
  if (extra.length) score.rows.push(`    extra:  ${extra.join(' | ')}`)
  if (mission === 'wrong' || mission === 'false')
    score.rows.push(`    mission: ${dossier.mission?.text.slice(0, 120)}`)
}

export const emptyCompanyScore = (): CompanyScore => ({
  valuesGold: 0,
  valuesFound: 0,
  valuesRight: 0,
  missionRight: 0,
  missionPages: 0,
  missionsGold: 0,
  missionsFound: 0,
  namesJudged: 0,
  namesRight: 0,
  rows: [],
})

export interface JobScore {
  titlesJudged: number
  titlesRight: number
  itemsGold: number
  itemsFound: number
  responsibilitiesGold: number
  responsibilitiesFound: number
  requirementsGold: number
  requirementsFound: number
  rows: string[]
}

export const emptyJobScore = (): JobScore => ({
  titlesJudged: 0,
  titlesRight: 0,
  itemsGold: 0,
  itemsFound: 0,
  responsibilitiesGold: 0,
  responsibilitiesFound: 0,
  requirementsGold: 0,
  requirementsFound: 0,
  rows: [],
})

/** A gold item is found when an extracted item of its kind starts with its first words. */
function itemsFound(gold: string[], items: readonly string[]): string[] {
  const have = items.map(norm)
  return gold.filter((g) => {
    const n = norm(g)
    return have.some((h) => h.startsWith(n) || (h.length > 0 && n.startsWith(h)))
  })
}

export function scoreJob(slug: string, gold: JobGold, job: Job | null, score: JobScore) {
  let title = '-'
  if (gold.title !== null) {
    score.titlesJudged++
    const titles = (Array.isArray(gold.title) ? gold.title : [gold.title]).map(norm)
    const ok = job !== null && titles.includes(norm(job.title))
    if (ok) score.titlesRight++
    title = ok ? 'ok' : `"${job?.title ?? ''}" ≠ "${titles[0]}"`
  }
  const duties = job?.responsibilities.map((s) => s.text) ?? []
  const reqs = [...(job?.requirements ?? []), ...(job?.niceToHave ?? [])].map((s) => s.text)
  const r = itemsFound(gold.responsibilities, duties)
  const q = itemsFound(gold.requirements, reqs)
  score.responsibilitiesGold += gold.responsibilities.length
  score.responsibilitiesFound += r.length
  score.requirementsGold += gold.requirements.length
  score.requirementsFound += q.length
  score.itemsGold += gold.responsibilities.length + gold.requirements.length
  score.itemsFound += r.length + q.length
  score.rows.push(
    `${slug.padEnd(34)} title ${title}  duties ${r.length}/${gold.responsibilities.length} (found ${duties.length})  requirements ${q.length}/${gold.requirements.length} (found ${reqs.length})`,
  )
  const missedR = gold.responsibilities.filter((g) => !r.includes(g))
  const missedQ = gold.requirements.filter((g) => !q.includes(g))
  if (missedR.length) score.rows.push(`    missed duties: ${missedR.slice(0, 4).join(' | ')}`)
  if (missedQ.length) score.rows.push(`    missed requirements: ${missedQ.slice(0, 4).join(' | ')}`)
}

export interface Figures {
  valuesRecall: number
  valuesPrecision: number
  mission: number
  missionsFoundOfGold: string
  names: number
  jobTitles: number
  itemsRecall: number
  responsibilitiesRecall: number
  requirementsRecall: number
  companyPages: number
  jobPages: number
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((1000 * a) / b) / 1000)

export function figures(
  c: CompanyScore,
  j: JobScore,
  companyPages: number,
  jobPages: number,
): Figures {
  return {
    valuesRecall: ratio(c.valuesRight, c.valuesGold),
    valuesPrecision: ratio(c.valuesRight, c.valuesFound),
    mission: ratio(c.missionRight, c.missionPages),
    missionsFoundOfGold: `${c.missionsFound}/${c.missionsGold}`,
    names: ratio(c.namesRight, c.namesJudged),
    jobTitles: ratio(j.titlesRight, j.titlesJudged),
    itemsRecall: ratio(j.itemsFound, j.itemsGold),
    responsibilitiesRecall: ratio(j.responsibilitiesFound, j.responsibilitiesGold),
    requirementsRecall: ratio(j.requirementsFound, j.requirementsGold),
    companyPages,
    jobPages,
  }
}

/** Score the whole real corpus, batch by batch and in all. */
export async function scoreRealCorpus(): Promise<{
  byBatch: Record<string, Figures>
  all: Figures
  companyRows: string[]
  jobRows: string[]
}> {
  const companyByBatch = new Map<number, CompanyScore>()
  const jobByBatch = new Map<number, JobScore>()
  const allCompany = emptyCompanyScore()
  const allJob = emptyJobScore()
  const pages = new Map<number, { c: number; j: number }>()
  for (const slug of realCompanyCases()) {
    const gold = companyGold(slug)
    const dossier = await runRealCompany(slug)
    const s = companyByBatch.get(gold.batch) ?? emptyCompanyScore()
    companyByBatch.set(gold.batch, s)
    scoreCompany(slug, gold, dossier, s)
    scoreCompany(slug, gold, dossier, allCompany)
    const p = pages.get(gold.batch) ?? { c: 0, j: 0 }
    p.c++
    pages.set(gold.batch, p)
  }
  for (const slug of realJobCases()) {
    const gold = jobGold(slug)
    const job = await runRealJob(slug)
    const s = jobByBatch.get(gold.batch) ?? emptyJobScore()
    jobByBatch.set(gold.batch, s)
    scoreJob(slug, gold, job, s)
    scoreJob(slug, gold, job, allJob)
    const p = pages.get(gold.batch) ?? { c: 0, j: 0 }
    p.j++
    pages.set(gold.batch, p)
  }
  const byBatch: Record<string, Figures> = {}
  for (const [batch, p] of [...pages].sort((a, b) => a[0] - b[0]))
    byBatch[`batch ${batch}`] = figures(
      companyByBatch.get(batch) ?? emptyCompanyScore(),
      jobByBatch.get(batch) ?? emptyJobScore(),
      p.c,
      p.j,
    )
  return {
    byBatch,
    all: figures(allCompany, allJob, realCompanyCases().length, realJobCases().length),
    companyRows: allCompany.rows,
    jobRows: allJob.rows,
  }
}

import { type Dossier, fitDossier, type Job } from '../contracts/dossier.js'
import { wordSet } from '../lexicons/index.js'
import { extractCulture } from './culture.js'
import { pageFromHtml } from './html-page.js'
import { extractInitiatives } from './initiatives.js'
import { parseJobPage } from './job-description.js'
import { extractMission } from './mission.js'
import { extractName } from './name.js'
import type { Page, PageMetadata } from './page.js'
import { extractProducts } from './products.js'
import { pageFromText } from './text-page.js'
import { extractValues } from './values.js'
import { extractVision } from './vision.js'

export interface DossierInput {
  /** A page's HTML: a whole page, or the article HTML io cleaned with Readability. */
  html?: string
  /** A page as plain text or Markdown (pasted text, a .txt or .md file). */
  text?: string
  /** Where the page came from; used for the name when nothing else gives it. */
  url?: string
  /** The job description as text or Markdown. */
  jobText?: string
  /** The job description as HTML. */
  jobHtml?: string
  /** The job page's metadata (title, JSON-LD JobPosting), from io. */
  jobMetadata?: PageMetadata
  /** Readability's metadata (title, siteName, excerpt, lang) and JSON-LD, from io. */
  metadata?: PageMetadata
  /** The reference year for short/long horizons of dated plans (core reads no clock). */
  year?: number
}

export interface DossierResult {
  dossier: Dossier
  /** The page text every page source points into ('' without a page). */
  text: string
  /** The job text every job source points into ('' without a job). */
  jobText: string
}

/** The longest input read, in UTF-16 code units; the rest is dropped with a warning. */
export const MAX_INPUT_CHARS = 2_000_000

const ENGLISH = wordSet('englishMarkers')

/** Below this share of English function words a page is not English, whatever it declares. */
const MIN_ENGLISH_SHARE = 0.08
/** A page declaring another language is taken at its word below this share (English prose runs 0.3-0.5). */
const LANG_ENGLISH_SHARE = 0.2

/** Share of words that are common English function words (about 0.3-0.5 in English prose, near 0 otherwise). */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length === 0) return 1
  return words.filter((w) => ENGLISH.has(w)).length / words.length
}

/** True when a text holds NUL bytes, many replacement characters or control codes: binary data read as text. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 20_000)
  if (sample.length === 0) return false
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++
  }
  return bad / sample.length > 0.02
}

function empty(warnings: string[]): Dossier {
  return {
    name: null,
    mission: null,
    vision: null,
    values: [],
    culture: [],
    initiatives: [],
    products: [],
    job: null,
    warnings,
  }
}

function readPage(
  input: DossierInput,
  warnings: string[],
): (Page & { english?: false }) | undefined {
  const raw = input.html ?? input.text
  if (raw === undefined) return undefined
  if (looksBinary(raw)) {
    warnings.push('the page looks binary, not text or HTML: nothing was read from it')
    return undefined
  }
  let source = raw
  if (source.length > MAX_INPUT_CHARS) {
    warnings.push(
      `the page is very long: only its first ${MAX_INPUT_CHARS.toLocaleString('en')} characters were read`,
    )
    source = source.slice(0, MAX_INPUT_CHARS)
  }
  const page =
    input.html !== undefined
      ? pageFromHtml(source, input.metadata)
      : pageFromText(source, input.metadata)
  if (page.text.trim() === '') {
    warnings.push(
      input.html !== undefined && source.trim() !== ''
        ? 'the page has no readable text (only markup, scripts or navigation)'
        : 'the page is empty',
    )
    return page
  }
  const lang = page.meta.lang?.toLowerCase()
  const words = page.text.match(/\p{L}+/gu)?.length ?? 0
  const share = englishShare(page.text)
  const otherLang = lang !== undefined && lang !== '' && !lang.startsWith('en')
  // the cue words are English: mining another language with them finds noise, not values
  if (words >= 20 && (share < MIN_ENGLISH_SHARE || (otherLang && share < LANG_ENGLISH_SHARE))) {
    warnings.push(
      `the page is not in English${otherLang ? ` (lang="${page.meta.lang}")` : ''}: headway reads English pages only, so no mission, values or culture were taken from it`,
    )
    return { ...page, english: false }
  }
  if (otherLang)
    warnings.push(
      `the page says it is not English (lang="${page.meta.lang}") but reads as English: check the findings`,
    )
  return page
}

function readJob(input: DossierInput, warnings: string[]): { job: Job | null; text: string } {
  const raw = input.jobHtml ?? input.jobText
  if (raw === undefined) return { job: null, text: '' }
  if (looksBinary(raw)) {
    warnings.push('the job description looks binary, not text: nothing was read from it')
    return { job: null, text: '' }
  }
  const clipped = raw.slice(0, MAX_INPUT_CHARS)
  const page =
    input.jobHtml !== undefined
      ? pageFromHtml(clipped, input.jobMetadata)
      : pageFromText(clipped, input.jobMetadata)
  const job = parseJobPage(page)
  if (!job) warnings.push('the job description is empty')
  else {
    if (job.title === '') warnings.push('the job description has no recognisable title')
    if (job.responsibilities.length === 0 && job.requirements.length === 0)
      warnings.push('no responsibilities or requirements were found in the job description')
  }
  return { job, text: page.text }
}

/**
 * Build the company dossier from a page (HTML or text) and/or a job
 * description: name, mission, vision, named values, culture signals,
 * initiatives, products and the job. Each field runs its own ordered cascade
 * (see the field's file); every finding carries `source` {quote, start, end,
 * via} with offsets into the returned `text` (or `jobText` for the job).
 * Never throws on content: empty, binary, broken or non-English pages give
 * warnings and whatever could be read.
 *
 * @example
 * const { dossier } = extractDossier({ html: '<h1>Acme</h1><h2>Our values</h2><ul><li>Be kind</li><li>Ship it</li></ul>' })
 * dossier.values.map((v) => v.name) // ['Be kind', 'Ship it']
 */
export function extractDossier(input: DossierInput): DossierResult {
  const warnings: string[] = []
  if (
    input.html === undefined &&
    input.text === undefined &&
    input.jobText === undefined &&
    input.jobHtml === undefined
  ) {
    warnings.push('nothing to read: give a company page or a job description')
    return { dossier: empty(warnings), text: '', jobText: '' }
  }
  const page = readPage(input, warnings)
  const job = readJob(input, warnings)
  const dossier = empty(warnings)
  dossier.job = job.job
  if (page && page.english === false) {
    dossier.name = extractName(page, input.url)
  } else if (page && page.text.trim() !== '') {
    dossier.name = extractName(page, input.url)
    dossier.mission = extractMission(page)
    dossier.vision = extractVision(page, dossier.mission)
    dossier.values = extractValues(page, input.url)
    dossier.culture = extractCulture(page)
    dossier.initiatives = extractInitiatives(page, input.year)
    dossier.products = extractProducts(page)
  } else if (page === undefined && input.url) {
    dossier.name = extractName(pageFromText(''), input.url)
  }
  if (!dossier.name && job.job?.company) dossier.name = job.job.company
  if (dossier.job && !dossier.job.company && dossier.name) dossier.job.company = dossier.name
  const key = (n: string) => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  const jobCompany = dossier.job?.company
  if (
    jobCompany &&
    dossier.name &&
    !key(jobCompany).includes(key(dossier.name)) &&
    !key(dossier.name).includes(key(jobCompany))
  )
    warnings.push(
      `the job is at ${jobCompany} but the page is about ${dossier.name}: check both belong to the same company`,
    )
  return { dossier: fitDossier(dossier), text: page?.text ?? '', jobText: job.text }
}

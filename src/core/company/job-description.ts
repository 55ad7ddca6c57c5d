import type { Job } from '../contracts/dossier.js'
import { wordSet } from '../lexicons/index.js'
import { jobStatementCues } from '../lexicons/job-statement-cues.js'
import { alternation } from '../lexicons/load.js'
import { NUMBER_WORDS } from '../text/numbers.js'
import { pageFromHtml } from './html-page.js'
import { headerLocation, LABEL, titleOf } from './job-title.js'
import { cleanCompanyName } from './name.js'
import type { Page } from './page.js'
import { isPseudoHeading, sourceOf } from './sections.js'
import { clean, normalise, sentencesOf, wordCount } from './sentences.js'
import { itemShape, type JobSection, jobSectionOf, signals } from './signals.js'
import { pageFromText } from './text-page.js'

type Statement = Job['responsibilities'][number]

const YEARS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:\+\s*)?years?\b/i
/** Boilerplate that trails a requirements list: equal-opportunity statements, how to apply. */
const NOT_REQUIREMENT = new RegExp(
  `\\b(?:${alternation(jobStatementCues().notRequirement)})\\b`,
  'i',
)
/** A requirement that says it is nice to have ("Python is a plus"). */
const NICE_INLINE = new RegExp(`\\b(?:${alternation(jobStatementCues().niceInline)})\\b`, 'i')
/** Capitalised technical terms by shape: TypeScript, PostgreSQL, AWS, Node.js, C++, .NET. */
const TECH =
  /(?<![\p{L}\p{N}])(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][A-Z0-9]+[a-z]?s?|[A-Za-z]+\.(?:js|io)|C\+\+|C#|\.NET|[A-Z][a-z]+(?=\/))(?![\p{L}\p{N}])/gu
/** Acronyms by shape that are places, degrees, titles, time zones or currencies, not skills. */
const NOT_SKILLS = wordSet('notSkills')

function statement(page: Page, start: number, end: number, via: string): Statement {
  const source = sourceOf(page, start, end, via)
  return { text: clean(source.quote), source }
}

/**
 * Parse a job description (plain text, Markdown or HTML already turned into a
 * page) into title, company, team, responsibilities, requirements, nice to
 * have, skills, years of experience, location and work mode. Sections come
 * from headings matched against lexicons/job-signals.json ("What you'll do",
 * "Requirements", "Nice to have"); a requirement line saying "a plus" or
 * "preferred" moves to nice to have. Every statement keeps its source offsets
 * into the job text. Without headings, sentences saying "you will" are
 * responsibilities and those saying "you have" or "experience" requirements.
 */
export function parseJobPage(input: Page): Job | null {
  if (input.text.trim() === '') return null
  const page = withWrappedItemsJoined(input)
  const labels = new Map<string, string>()
  for (const b of page.blocks) {
    for (const line of b.text.split('\n')) {
      const m = LABEL.exec(clean(line))
      if (m?.[1] && m[2] && !labels.has(m[1].toLowerCase()))
        labels.set(m[1].toLowerCase(), clean(m[2]))
    }
  }
  const job: Job = { title: '', responsibilities: [], requirements: [], niceToHave: [], skills: [] }
  const head = titleOf(page, labels)
  job.title = head.title

  // 'unnamed': under a heading the lexicon does not know, where items are read by their shape
  let section: JobSection | 'unnamed' | undefined
  let sawSection = false
  let aboutName: string | undefined
  for (const b of page.blocks) {
    if (b.kind === 'break') continue
    const label = clean(b.text).replace(/:$/, '')
    const colon = /:$/.test(b.text.trim()) && b.kind !== 'item'
    const headingLike = b.kind === 'heading' || isPseudoHeading(b) || colon
    // a label that ends in a colon may run longer: "Here are some things we are looking for in a team member:"
    const named = headingLike ? jobSectionOf(label, colon ? 14 : 10) : undefined
    if (named) {
      section = named
      sawSection = true
      const about = /^about\s+(?!us\b|the\b|you\b|this\b|our\b)(.{2,40})$/i.exec(label)
      if (about?.[1]) aboutName = about[1]
      continue
    }
    if (b.kind === 'heading' || (colon && wordCount(label) <= 14)) {
      section = 'unnamed'
      continue
    }
    if (LABEL.test(clean(b.text))) continue
    if (section === 'unnamed') {
      for (const s of b.kind === 'item' ? [b] : sentencesOf(b.text, b.start)) {
        const shape = itemShape(s.text.replace(/^[*_]+/, ''))
        if (shape === 'responsibilities')
          job.responsibilities.push(statement(page, s.start, s.end, 'job:duty-shape'))
        else if (shape === 'requirements' && !NOT_REQUIREMENT.test(s.text))
          (NICE_INLINE.test(s.text) ? job.niceToHave : job.requirements).push(
            statement(page, s.start, s.end, 'job:requirement-shape'),
          )
      }
    } else if (section === 'responsibilities') {
      for (const s of b.kind === 'item' ? [b] : sentencesOf(b.text, b.start))
        if (wordCount(s.text) >= 2)
          job.responsibilities.push(statement(page, s.start, s.end, 'job:responsibilities'))
    } else if (section === 'requirements' || section === 'niceToHave') {
      for (const s of b.kind === 'item' ? [b] : sentencesOf(b.text, b.start)) {
        if (wordCount(s.text) < 1 || NOT_REQUIREMENT.test(s.text)) continue
        const nice = section === 'niceToHave' || NICE_INLINE.test(s.text)
        const target = nice ? job.niceToHave : job.requirements
        target.push(statement(page, s.start, s.end, nice ? 'job:nice-to-have' : 'job:requirements'))
      }
    }
  }
  if (!sawSection) {
    // shapes under an unnamed heading may have taken some already
    const taken = new Set(
      [...job.responsibilities, ...job.requirements, ...job.niceToHave].map((s) => s.source.start),
    )
    for (const b of page.blocks) {
      if (b.kind === 'heading' || b.kind === 'break') continue
      for (const s of b.kind === 'item' ? [b] : sentencesOf(b.text, b.start)) {
        if (taken.has(s.start)) continue
        if (/\byou(?:'ll| will)\b/i.test(s.text))
          job.responsibilities.push(statement(page, s.start, s.end, 'job:you-will'))
        else if (
          /\b(?:you have|you bring|experience (?:with|in)|required|must have|years of)\b/i.test(
            s.text,
          )
        )
          (NICE_INLINE.test(s.text) ? job.niceToHave : job.requirements).push(
            statement(page, s.start, s.end, 'job:you-have'),
          )
      }
    }
  }

  // in page order, whichever pass found them
  for (const list of [job.responsibilities, job.requirements, job.niceToHave])
    list.sort((a, b) => a.source.start - b.source.start)
  const company = labels.get('company')
  // "Working at Pear Deck", "Role details", "Platform Engineering Team": not the company's name
  const companyName = [company, head.company, aboutName].map(cleanCompanyName).find(Boolean)
  if (companyName) job.company = companyName
  const teamLabel = labels.get('team') ?? labels.get('department')
  const team = teamLabel
    ? teamLabel
    : (/\b(?:join|on|in) (?:our|the) ((?:[A-Z][\w&-]*\s){1,3})team\b/
        .exec(page.text)?.[1]
        ?.trim() ?? /\bThe ((?:[A-Z][\w&-]*\s){1,3})team\b/.exec(page.text)?.[1]?.trim())
  if (team) job.team = team

  const reqText = [...job.requirements, ...job.niceToHave].map((s) => s.text)
  const years = reqText
    .concat(page.text)
    .map((t) => YEARS.exec(t))
    .find((m) => m)?.[1]
  if (years) job.years = NUMBER_WORDS[years.toLowerCase()] ?? Number(years)

  const location = labels.get('location') ?? labels.get('locations') ?? headerLocation(page)
  if (location) job.location = location
  else {
    const m =
      /\b(?:based in|located in|office in|offices in)\s+([A-Z][\w'.-]*(?:,? [A-Z][\w'.-]*){0,3})/.exec(
        page.text,
      )
    if (m?.[1]) job.location = m[1].replace(/[.,;]+$/, '')
  }
  const modeText = [
    job.title,
    job.location ?? '',
    labels.get('work mode') ?? '',
    labels.get('workplace') ?? '',
    page.text,
  ].join('\n')
  for (const entry of signals().workModes) {
    if (
      entry.matchers.some(
        (m) =>
          m.find(modeText) >= 0 &&
          !/\bnot\s+(?:a\s+)?$/i.test(modeText.slice(0, m.find(modeText)).slice(-12)),
      )
    ) {
      job.workMode = entry.mode
      break
    }
  }
  job.skills = skillsOf(
    [...job.requirements, ...job.niceToHave, ...job.responsibilities].map((s) => s.text),
  )
  return job
}

/**
 * A list item the page wrapped ("* Participate in forums with users of the SDK to" then
 * "  improve usability by folding in their feedback.") is one item: a paragraph in lower case
 * right after an item that does not end a sentence carries it on.
 */
function withWrappedItemsJoined(page: Page): Page {
  const blocks: Page['blocks'][number][] = []
  for (const b of page.blocks) {
    const last = blocks.at(-1)
    if (
      last?.kind === 'item' &&
      b.kind === 'para' &&
      /^\p{Ll}/u.test(b.text) &&
      !/[.!?:]$/.test(last.text.trim()) &&
      page.text.slice(last.end, b.start).trim() === ''
    )
      blocks[blocks.length - 1] = { ...last, end: b.end, text: `${last.text} ${b.text}` }
    else blocks.push(b)
  }
  return blocks.length === page.blocks.length ? page : { ...page, blocks }
}

/** Skills named in requirement and duty lines: lexicon terms, then capitalised technical terms by shape. */
function skillsOf(lines: readonly string[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (s: string) => {
    const key = normalise(s)
    if (!key || seen.has(key) || NOT_SKILLS.has(key)) return
    seen.add(key)
    out.push(s)
  }
  for (const line of lines) {
    for (const m of signals().skills) {
      const at = m.find(line)
      if (at >= 0) add(line.slice(at, at + m.pattern.length))
    }
    for (const t of line.matchAll(TECH)) add(t[0])
  }
  return out.slice(0, 60)
}

/**
 * Parse a job description given as text (or Markdown). Returns null for an
 * empty text. Offsets in every source point into `text` as given.
 *
 * @example
 * parseJobDescription('Data Analyst\n\nRequirements:\n- 3+ years of SQL').years // 3
 */
export function parseJobDescription(text: string): Job | null {
  return parseJobPage(pageFromText(text))
}

/** Parse a job description given as HTML; sources point into the returned page text. */
export function parseJobHtml(html: string): { job: Job | null; text: string } {
  const page = pageFromHtml(html)
  return { job: parseJobPage(page), text: page.text }
}

/** Normalised heading text, exported for tests of the section lexicon. */
export const jobHeading = (text: string) => jobSectionOf(text) ?? null

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dossierToContext } from '../../src/core/company/context.js'
import { extractDossier } from '../../src/core/company/dossier.js'
import { isHeadingName } from '../../src/core/company/name.js'
import { critiqueDraft } from '../../src/core/compose/critique-draft.js'
import { composeDrafts, type Draft, LENGTH_TOLERANCE } from '../../src/core/compose/draft.js'
import { inputTexts, unsupportedFacts } from '../../src/core/compose/facts.js'
import type { CritiqueContext } from '../../src/core/contracts/context.js'
import { type Dossier, dossierSchema } from '../../src/core/contracts/dossier.js'
import type { Goal, Profile } from '../../src/core/contracts/profile.js'
import { QUESTION_KINDS, type QuestionKind } from '../../src/core/contracts/report.js'
import { resolveContext } from '../../src/core/critique/analyze.js'
import type { RuleContext } from '../../src/core/critique/rule.js'
import { companyVoice } from '../../src/core/critique/rules/company-voice.js'
import { WORDS_PER_MINUTE } from '../../src/core/critique/stats.js'
import { completeGoal } from '../../src/core/goals/model.js'
import { readProfileFile } from '../../src/core/goals/profile-file.js'
import { entriesOf } from '../../src/core/lexicons/index.js'
import { type Document, readDocument } from '../../src/core/text/document.js'
import { quotedRanges } from '../../src/core/text/scope.js'
import { timeExpressions } from '../../src/core/text/time.js'
import { importJsonResume } from '../../src/io/json-resume.js'

const FIXTURES = join(import.meta.dirname, '../fixtures')
const TODAY = '2026-11-25'

export interface Person {
  name: string
  profile: Profile
  goals: Goal[]
}

export interface Company {
  name: string
  dossier: Dossier
}

/** Every profile fixture, the JSON Resume sample alone, and the sample with two goals (issue 16). */
export function people(): Person[] {
  const dir = join(FIXTURES, 'profiles')
  const out: Person[] = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'pairs.json')
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      ...readProfileFile(JSON.parse(readFileSync(join(dir, f), 'utf8')), TODAY),
    }))
  const sample = importJsonResume(
    readFileSync(join(FIXTURES, 'resumes/jsonresume-sample.json'), 'utf8'),
  ).profile
  out.push({ name: 'jsonresume-sample', profile: sample, goals: [] })
  out.push({
    name: 'jsonresume-sample+goals',
    profile: sample,
    goals: [
      completeGoal({ id: 'a', text: 'Lead a compression research team', horizon: 'long' }, TODAY),
      completeGoal(
        { id: 'b', text: 'Ship a streaming codec in the next two years', horizon: 'short' },
        TODAY,
      ),
    ],
  })
  return out
}

/** The hand-made dossiers of the compose tests, and every company page paired with a job posting. */
export function companies(): Company[] {
  const out: Company[] = []
  const own = join(FIXTURES, 'profiles/companies')
  for (const f of readdirSync(own).sort())
    out.push({
      name: f.replace(/\.json$/, ''),
      dossier: dossierSchema.parse(JSON.parse(readFileSync(join(own, f), 'utf8'))),
    })
  const jobsDir = join(FIXTURES, 'jobs')
  const jobs = readdirSync(jobsDir)
    .filter((f) => /\.(html|md|txt)$/.test(f))
    .sort()
  const pagesDir = join(FIXTURES, 'company')
  readdirSync(pagesDir)
    .sort()
    .forEach((c, i) => {
      const page = readdirSync(join(pagesDir, c)).find((f) => /^page\.(html|md|txt)$/.test(f))
      if (!page) return
      const raw = readFileSync(join(pagesDir, c, page), 'utf8')
      const job = jobs[i % jobs.length] ?? ''
      const jobRaw = readFileSync(join(jobsDir, job), 'utf8')
      const { dossier } = extractDossier({
        ...(page.endsWith('.html') ? { html: raw } : { text: raw }),
        ...(job.endsWith('.html') ? { jobHtml: jobRaw } : { jobText: jobRaw }),
      })
      out.push({ name: `${c}+${job}`, dossier })
    })
  return out
}

/**
 * Real careers pages paired with real job postings (test/fixtures/real-company, real-jobs), read
 * as a user pastes them (no address): the i-th page with the i-th posting, on purpose of different
 * companies, as in /work/notes/draft-samples.sh.
 */
export function realCompanies(): Company[] {
  const pages = join(FIXTURES, 'real-company')
  const jobs = join(FIXTURES, 'real-jobs')
  const dirs = (d: string) =>
    readdirSync(d)
      .filter((f) => !f.includes('.'))
      .sort()
  const jobDirs = dirs(jobs)
  const pageOf = (d: string) => readdirSync(d).find((f) => /^page\.(html|md|txt)$/.test(f))
  return dirs(pages).flatMap((c, i) => {
    const job = jobDirs[i % jobDirs.length] ?? ''
    const page = pageOf(join(pages, c))
    const jobPage = pageOf(join(jobs, job))
    if (!page || !jobPage) return []
    const raw = readFileSync(join(pages, c, page), 'utf8')
    const jobRaw = readFileSync(join(jobs, job, jobPage), 'utf8')
    const { dossier } = extractDossier({
      ...(page.endsWith('.html') ? { html: raw } : { text: raw }),
      ...(jobPage.endsWith('.html') ? { jobHtml: jobRaw } : { jobText: jobRaw }),
    })
    return [{ name: `real:${c}+${job}`, dossier }]
  })
}

/** Words a promised duty never ends on: a line the page cut mid-clause ("… users of the SDK to"). */
const DANGLING = /\b(?:to|and|or|of|the|a|an|their|your|with|for|by|in|on|at)$/i

/**
 * What a listener hears as unfinished or said twice: a duty after "help" that trails off, and
 * eight words in a row said in two sentences ("… small businesses depend on" as value and passion).
 */
export function sayTwiceProblems(text: string): string[] {
  const problems: string[] = []
  // the close: "I will help {duty}, and deliver…", "to help {duty}, with results…"
  for (const m of text.matchAll(
    /\bhelp ([^.]+?), (?:and deliver|with results|and help the team|so the team)/g,
  ))
    if (m[1] && DANGLING.test(m[1].trim())) problems.push(`duty cut mid-clause: "help ${m[1]}"`)
  const seen = new Map<string, number>()
  text.split(/(?<=[.!?])\s+/).forEach((sentence, i) => {
    const words = sentence.toLowerCase().match(/[a-z0-9'’-]+/g) ?? []
    for (let k = 0; k + 8 <= words.length; k++) {
      const gram = words.slice(k, k + 8).join(' ')
      const at = seen.get(gram)
      if (at !== undefined && at !== i) problems.push(`said twice: "${gram}"`)
      else seen.set(gram, i)
    }
  })
  return [...new Set(problems)]
}

const COMPANY_PRONOUN = /\b(we|our|ours|us|ourselves)\b/i

/** The text outside quotation marks: a quoted company phrase stays theirs. */
function unquoted(text: string): string {
  let out = text
  for (const [s, e] of quotedRanges(text)) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e)
  return out
}

const shortCues = [...new Set(entriesOf('horizons', 'short').map((e) => e.phrase))]
const longCues = [...new Set(entriesOf('horizons', 'long').map((e) => e.phrase))]

/** A critique context and the rule context resolved from it: one per company, profile and question. */
interface Contexts {
  critique: CritiqueContext
  rule: RuleContext
}

/** What one company's drafts share. */
interface CompanyChecks {
  company: Company
  /** Inputs a draft's facts must come from, per person (they hold the goals). */
  inputs: Map<Person, string[]>
  /** Per profile (the two JSON Resume people share one) and question. */
  contexts: Map<Profile, Map<QuestionKind, Contexts>>
  texts: Map<string, TextChecks>
}

/** One draft text's checks at one company. */
interface TextChecks {
  doc: Document
  /** Company voice and quotes, then grammar and horizons, then said twice and a heading as name. */
  heard: string[]
  grammar: string[]
  repeats: string[]
  /** Invented facts, per person's inputs. */
  facts: Map<string[], string[]>
  /** Company voice, and the critique of an unfinished draft (asked only for one), per context. */
  said: Map<Contexts, { voice: string[]; unfinished?: string[] }>
}

/**
 * The last company checked. The checks are pure, and a company's 96 drafts (8 people, 4 questions,
 * 3 lengths) repeat texts (a career-change draft without a change is the career-goals one), so
 * a text is read and checked once per company, and what depends only on the company, person or
 * question once per each. Keyed by object identity: the fixtures are never changed. One company
 * at a time keeps memory small; the callers go company by company.
 */
let last: CompanyChecks | undefined

function companyChecks(company: Company): CompanyChecks {
  if (last?.company !== company)
    last = { company, inputs: new Map(), contexts: new Map(), texts: new Map() }
  return last
}

function contextsOf(checks: CompanyChecks, profile: Profile, question: QuestionKind): Contexts {
  let byQuestion = checks.contexts.get(profile)
  if (!byQuestion) {
    byQuestion = new Map()
    checks.contexts.set(profile, byQuestion)
  }
  let contexts = byQuestion.get(question)
  if (!contexts) {
    const critique = dossierToContext(checks.company.dossier, { question, profile })
    contexts = { critique, rule: resolveContext(critique) }
    byQuestion.set(question, contexts)
  }
  return contexts
}

function inputsOf(checks: CompanyChecks, person: Person): string[] {
  let inputs = checks.inputs.get(person)
  if (!inputs) {
    inputs = inputTexts(person.profile, person.goals, checks.company.dossier)
    checks.inputs.set(person, inputs)
  }
  return inputs
}

/** The checks of a text that depend on the company alone. */
function textChecks(text: string, company: Company): TextChecks {
  const heard: string[] = []
  const open = unquoted(text)
  const pronoun = COMPANY_PRONOUN.exec(open)
  if (pronoun) heard.push(`company voice "${pronoun[0]}"`)
  // Quotes are not heard: a quoted company phrase is said only as the name of a value
  // ("your value of “Finish what we start”"), and never with their "our" or "us" in it.
  for (const [s, e] of quotedRanges(text)) {
    const quoted = text.slice(s, e)
    if (!COMPANY_PRONOUN.test(quoted)) continue
    const named =
      /value of\s*$/.test(text.slice(0, s)) || /^\s*is one of your values/.test(text.slice(e))
    if (/\b(our|ours|us)\b/i.test(quoted) || !named) heard.push(`quotes the company: ${quoted}`)
  }
  const doc = readDocument(text)
  const grammar: string[] = []
  // A clause after a preposition or copula: "to you open", "is they will".
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    const [a, b, c] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]]
    if (!a || !b || !c) continue
    if (
      /^(to|with|of|in|on|for|at|from|by|about|into|is|are|was|were)$/.test(a.normal) &&
      /^(you|they|we|he|she)$/.test(b.normal) &&
      (c.pos === 'AUX' || (c.pos === 'VERB' && !/ing$/.test(c.normal)))
    )
      grammar.push(`clause after "${a.value}": "${a.value} ${b.value} ${c.value}"`)
  }
  // The draft's own parse, sentence by sentence: on every draft of the fixtures it finds the
  // same expressions as a fresh parse of each sentence alone (compared 2026-12-05: 15909 of
  // 15909), at a fiftieth of the cost.
  const horizons = timeExpressions(doc)
  // A job title is a name, not a horizon: "This Year 5 Teacher role".
  const title = company.dossier.job?.title
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end)
    const at = title ? text.indexOf(title, s.start) : -1
    const end = at + (title?.length ?? 0)
    const inTitle = (t: { span: readonly [number, number] }) =>
      at >= 0 && end <= s.end && t.span[1] > at && t.span[0] < end
    const times = horizons.filter(
      (t) => t.span[0] >= s.start && t.span[1] <= s.end && t.ahead && !inTitle(t),
    )
    if (times.length > 1)
      grammar.push(
        `two horizons: ${times.map((t) => `"${text.slice(t.span[0], t.span[1])}"`).join(', ')} in "${sentence}"`,
      )
    const lower = ` ${sentence.toLowerCase().replace(/[^a-z0-9'-]+/g, ' ')} `
    const hasShort = shortCues.some((c) => lower.includes(` ${c} `))
    const hasLong = longCues.some((c) => lower.includes(` ${c} `))
    if (hasShort && hasLong) grammar.push(`short and long horizon in "${sentence}"`)
  }
  const repeats = sayTwiceProblems(text)
  // A heading taken for the company's name ("Summary", "How we work") is never said as one.
  const name = company.dossier.name
  if (name && isHeadingName(name) && text.includes(name)) repeats.push(`heading as name: ${name}`)
  return { doc, heard, grammar, repeats, facts: new Map(), said: new Map() }
}

/** The problems a person would hear in a draft read aloud; an empty list means none. */
export function problemsOf(d: Draft, person: Person, company: Company): string[] {
  const checks = companyChecks(company)
  let text = checks.texts.get(d.text)
  if (!text) {
    text = textChecks(d.text, company)
    checks.texts.set(d.text, text)
  }
  const contexts = contextsOf(checks, person.profile, d.question)
  let said = text.said.get(contexts)
  if (!said) {
    said = {
      voice: companyVoice.check(text.doc, contexts.rule).map((h) => `broken: "${h.actual}"`),
    }
    text.said.set(contexts, said)
  }
  if (!d.complete && !said.unfinished) {
    const report = critiqueDraft(d.text, contexts.critique)
    said.unfinished =
      report.verdict === 'strong' || report.verdict === 'solid'
        ? [`placeholder in a ${report.verdict} draft (${report.score})`]
        : []
  }
  const inputs = inputsOf(checks, person)
  let invented = text.facts.get(inputs)
  if (!invented) {
    // The parse above, not a second one: the same text gives the same document.
    const facts = unsupportedFacts(d.text, inputs, text.doc)
    invented = facts.length > 0 ? [`invented: ${facts.map((f) => f.text).join(', ')}`] : []
    text.facts.set(inputs, invented)
  }
  // In the order the checks always ran, so a failure reads the same.
  return [
    ...text.heard,
    ...said.voice,
    ...text.grammar,
    ...(d.complete ? [] : (said.unfinished ?? [])),
    ...text.repeats,
    ...invented,
  ]
}

/**
 * The problems a listener would hear in a question to ask: the company's own
 * "we"/"our"/"us" anywhere (quoted or not: the candidate does not quote their
 * "our first provincial partner" back at them), a clause where a noun phrase
 * belongs ("the plan to in 2026 we are…"), "plan to" without a verb after it,
 * or a question that does not end as one.
 */
export function questionProblems(text: string, company: Company): string[] {
  const problems: string[] = []
  const pronoun = COMPANY_PRONOUN.exec(text)
  if (pronoun) problems.push(`company voice "${pronoun[0]}"`)
  const doc = readDocument(text)
  const ctx = resolveContext(dossierToContext(company.dossier, { question: 'career-goals' }))
  for (const h of companyVoice.check(doc, ctx)) problems.push(`broken: "${h.actual}"`)
  doc.tokens.forEach((t, i) => {
    const next = doc.tokens[i + 1]
    if (t.normal === 'plan' && next?.normal === 'to') {
      const verb = doc.tokens[i + 2]
      if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX'))
        problems.push(`"plan to" without a verb: "plan to ${verb?.value ?? ''}"`)
    }
  })
  if (!text.trim().endsWith('?')) problems.push('does not end with a question mark')
  return problems
}

/** True when a draft lands within the tolerance of its spoken target. */
export function onTime(d: Draft): boolean {
  const target = (d.length / 60) * WORDS_PER_MINUTE
  return Math.abs(d.words - target) <= target * LENGTH_TOLERANCE
}

/** Every draft of every question for every person at every company. */
export function* allDrafts(): Generator<{ person: Person; company: Company; draft: Draft }> {
  const persons = people()
  for (const company of companies())
    for (const person of persons)
      for (const draft of composeDrafts({
        profile: person.profile,
        goals: person.goals,
        dossier: company.dossier,
        questions: QUESTION_KINDS,
      }).drafts)
        yield { person, company, draft }
}

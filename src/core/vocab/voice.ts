import { readDocument } from '../text/document.js'

import { cleanPhrase, lowerFirst, spokenCase } from './phrasing.js'

/**
 * Company statements ("By 2028 we plan to run a fully electric regional fleet")
 * are written in the company's voice. A draft is said by the candidate, so
 * every company fact passes through here first: the pronouns turn to the
 * listener ("we" → "you", "our" → "your"), and the statement is read for what
 * a template can hold. What cannot be held cleanly comes back as null, and
 * the composer leaves it out instead of splicing it in.
 */

/** Company-voice pronouns and the candidate-voice form of each ("we're" keeps its verb). */
const TO_LISTENER: Record<string, string> = {
  we: 'you',
  our: 'your',
  ours: 'yours',
  us: 'you',
  ourselves: 'yourselves',
}

const COMPANY_PRONOUN = /\b(we|our|ours|us|ourselves)\b/gi

/** Turn the company's own pronouns toward the listener: "our PostgreSQL services" → "your PostgreSQL services". */
export function toListener(text: string): string {
  return text.replace(COMPANY_PRONOUN, (m: string) => {
    const to = TO_LISTENER[m.toLowerCase()] ?? m
    return /^[A-Z]/.test(m) ? to.charAt(0).toUpperCase() + to.slice(1) : to
  })
}

/** True when a phrase still speaks in the company's voice. */
export function hasCompanyVoice(text: string): boolean {
  return new RegExp(COMPANY_PRONOUN.source, 'i').test(text)
}

const TIME =
  /^((?:next|this|later this|early next) (?:year|quarter|spring|summer|fall|autumn|winter)|(?:in|by) (?:19|20)\d\d|over the next [a-z]+ (?:years?|decades?)|within [a-z]+ years?),?\s+/i
const TIME_AT_END =
  /,?\s+((?:next|this) (?:year|quarter)|(?:in|by) (?:19|20)\d\d|over the next [a-z]+ (?:years?|decades?)|within [a-z]+ years?)$/i

/** A subject plus a plan verb: "we plan to", "the company will", "we're working to". */
const PLAN =
  /^(?:we|our team|the company|you)\s+(?:will|'ll|’ll|plan to|are planning to|are going to|aim to|intend to|are about to|expect to|hope to|want to|are working to|'re working to|’re working to|are committed to|are set to)\s+(.+)$/i

/** Where a second clause begins: the statement is cut before it. */
const SECOND_CLAUSE =
  /\s*(?:;|\s—\s|\s-\s|,?\s+and\s+(?:[\w-]+\s+){0,3}(?:we|our|you|they|it)\b|,\s+(?:which|while|so that|where|as)\b|\s+so that\s|\.\s)/i

/** What one company statement can become in a candidate's sentence. */
export interface CompanyPhrase {
  /** 'plan': a verb phrase the company plans ("open a cross-dock in Spokane"); 'noun': a noun phrase. */
  kind: 'plan' | 'noun'
  /** Candidate voice: "open a cross-dock in Spokane by 2028", "the reliability of your services". */
  text: string
  /** A noun phrase for any noun slot: "your plan to open a cross-dock in Spokane by 2028". */
  noun: string
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** True when the phrase, read after "I", starts with a base-form verb (an imperative or "to" phrase). */
function startsWithVerb(text: string): boolean {
  const first = readDocument(`I ${text}`).tokens[1]
  return first?.pos === 'VERB' && !/ing$|ed$/.test(first.normal)
}

/** True when a phrase holds no finite verb of its own: it can stand where a noun belongs. */
function isNounPhrase(text: string): boolean {
  const doc = readDocument(text)
  const first = doc.tokens[0]
  if (!first || !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(first.pos)) return false
  if (first.pos === 'PRON' && !/^(your|its|their)$/i.test(first.value)) return false
  // A verb after the head makes it a clause ("Your fleet will be electric"), unless a
  // relative pronoun or "to" introduces it ("a depot that serves…", "a plan to grow").
  for (let i = 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]
    if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue
    const before = doc.tokens[i - 1]?.normal ?? ''
    if (['that', 'which', 'who', 'to'].includes(before)) return true
    if (/ing$|ed$/.test(t.normal) && t.pos === 'VERB') continue
    return false
  }
  return true
}

/**
 * A company statement (an initiative, a mission, a duty) in the candidate's voice,
 * or null when it cannot be said cleanly: a clause with no plan verb, or one too
 * long for a spoken sentence. "By 2028 we plan to run a fully electric fleet" →
 * `{ kind: 'plan', text: 'run a fully electric fleet by 2028', noun: 'your plan to run…' }`.
 *
 * @example
 * companyPhrase('We will open a cross-dock in Spokane next year.')?.noun
 * // 'your plan to open a cross-dock in Spokane next year'
 */
export function companyPhrase(statement: string, maxWords = 18): CompanyPhrase | null {
  let t = cleanPhrase(statement.replace(/\s+/g, ' ').trim())
  t = t.split(SECOND_CLAUSE)[0] ?? t
  let time = TIME.exec(t)?.[1] ?? null
  if (time) t = t.slice((TIME.exec(t)?.[0] ?? '').length)
  if (!time) {
    const end = TIME_AT_END.exec(t)
    if (end?.[1]) {
      time = end[1]
      t = t.slice(0, end.index)
    }
  }
  t = t.replace(/[.!;:,]+$/, '').trim()
  if (!t) return null
  const when = time ? ` ${time.toLowerCase()}` : ''
  const plan = PLAN.exec(t)
  if (plan?.[1]) {
    const vp = toListener(plan[1]).trim()
    if (!startsWithVerb(vp) || words(vp) + words(when) > maxWords) return null
    return { kind: 'plan', text: `${vp}${when}`, noun: `your plan to ${vp}${when}` }
  }
  // "We open a cross-dock in Spokane next year": a plan told in the present, when a time says so.
  const present = /^we\s+(.+)$/i.exec(t)
  if (present?.[1] && time && startsWithVerb(present[1])) {
    const vp = toListener(present[1])
    if (words(vp) + words(when) > maxWords) return null
    return { kind: 'plan', text: `${vp}${when}`, noun: `your plan to ${vp}${when}` }
  }
  // "Launch automated invoicing in Europe next year": a plan written as an imperative.
  if (!hasCompanyVoice(t) && startsWithVerb(lowerFirst(t))) {
    const vp = lowerFirst(t)
    if (words(vp) + words(when) > maxWords) return null
    return { kind: 'plan', text: `${vp}${when}`, noun: `your plan to ${vp}${when}` }
  }
  const listener = lowerFirst(toListener(t))
  if (/^(you|they|it|i|he|she)\b/i.test(listener)) return null
  if (!isNounPhrase(listener) || words(listener) + words(when) > maxWords) return null
  return { kind: 'noun', text: `${listener}${when}`, noun: `${listener}${when}` }
}

/**
 * A duty from a job posting, as a verb phrase in the candidate's voice:
 * "Own the reliability of our PostgreSQL services" → "own the reliability of
 * your PostgreSQL services". Null when the duty is not a verb phrase or runs
 * too long to say.
 */
export function dutyPhrase(duty: string, maxWords = 16): string | null {
  let t = cleanPhrase(duty.replace(/\s+/g, ' '))
  t =
    t.split(
      /\s*(?:;|,?\s+and you(?:'ll|’ll| will)\s|,?\s+while you\s|,\s+(?:which|so that|where|including|such as)\s|\s+\()/i,
    )[0] ?? t
  // The posting's "you" is the candidate: "answer the hardest tickets yourself" is said "myself".
  t = lowerFirst(toListener(t.replace(/[.!;:,]+$/, '').trim())).replace(/\byourself\b/gi, 'myself')
  if (!t || !startsWithVerb(t)) return null
  if (words(t) > maxWords) {
    // Cut at the last comma or "and" that leaves a complete phrase.
    const cut = /^(.+?)(?:,\s|\s+and\s+)/.exec(t)
    if (!cut?.[1] || words(cut[1]) > maxWords || words(cut[1]) < 3) return null
    t = cut[1]
  }
  return t
}

/**
 * A mission statement as "to {verb phrase}" when it can be ("We exist to help
 * small businesses get paid" → "help small businesses get paid"), or a clause
 * in the candidate's voice ("you design products that…") for "because {…}".
 */
export function missionPhrase(text: string): { kind: 'verb' | 'clause'; text: string } | null {
  const t = (cleanPhrase(text).split(/(?<=[.!?])\s/)[0] ?? text).replace(/[.!;:,]+$/, '')
  const m =
    /\b(?:exists?|mission is|purpose is|are here|aim is|we work|set out|strive|on a mission)\s+to\s+(.+)$/i.exec(
      t,
    ) ?? /^to\s+(.+)$/i.exec(t)
  if (m?.[1]) {
    const vp = toListener(m[1].split(SECOND_CLAUSE)[0] ?? m[1])
    if (startsWithVerb(vp) && words(vp) <= 20) return { kind: 'verb', text: vp }
  }
  const we = /^we\s+(.+)$/i.exec(t)
  if (we?.[1]) {
    const vp = toListener(we[1].split(SECOND_CLAUSE)[0] ?? we[1])
    if (startsWithVerb(vp) && words(vp) <= 20) return { kind: 'clause', text: `you ${vp}` }
  }
  return null
}

/**
 * A company value's name for "your value of {…}", or a quoted form when the
 * name is a sentence of its own ("We own it" → `"We own it"`), so the
 * company's words stay theirs.
 */
export function valueName(name: string): { text: string; quoted: boolean } {
  const t = cleanPhrase(name)
  // A value said as an imperative ("Sweat the details") is their motto: quote it.
  if (hasCompanyVoice(t) || startsWithVerb(lowerFirst(t)) || !isNounPhrase(lowerFirst(t)))
    return { text: `“${t.replace(/["“”]/g, '')}”`, quoted: true }
  return { text: spokenCase(t), quoted: false }
}

/**
 * A job title as said in a sentence: "Machine Learning Engineer, Forecasting"
 * and "Account Executive (Mid-Market)" are said "Machine Learning Engineer" and
 * "Account Executive"; the qualifier after a comma, bracket or dash is for the
 * job board.
 */
export function spokenTitle(title: string): string {
  return title.split(/\s*[,(|–—]\s*|\s+-\s+/)[0]?.trim() || title
}

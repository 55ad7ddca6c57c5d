import { concretenessWords } from '../lexicons/concreteness-words.js'
import { wordSet } from '../lexicons/index.js'
import type { Document, Token } from '../text/document.js'
import { perDocument } from '../text/memo.js'
import type { Span } from '../text/span.js'
import { isOrdinal, timeExpressions } from '../text/time.js'

const ROLE_HEADS = wordSet('roles')
const RANKS = wordSet('roles', 'rank')
const GENERIC = wordSet('companyLink', 'generic')
const CREDENTIALS = wordSet('signals', 'credential')
const NOT_NAMES: ReadonlySet<string> = new Set(concretenessWords().notNames)
/** Part-of-speech tags are grammar constants, not vocabulary: they stay in code. */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM'])
const VAGUE_MODIFIERS: ReadonlySet<string> = new Set(concretenessWords().vagueModifiers)

/** The word less one final "s" ("nurses" → "nurse"), without a regex per token. */
function withoutFinalS(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word
}

/** Concrete things an answer names, each with its span: the evidence for "specific". */
export interface Concrete {
  kind: (typeof KINDS)[number]
  span: Span
}
const KINDS = ['role', 'skill', 'number', 'time', 'term'] as const

/** First character A-Z, without a regex: most tokens are lower case and stop here. */
function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0)
  return c >= 65 && c <= 90
}

function isAcronym(t: Token): boolean {
  return startsUpper(t.value) && /^[A-Z][A-Z0-9&+-]{1,7}s?$/.test(t.value) && t.value !== 'I'
}

/** A proper noun or acronym that is not the first word of its sentence (where capitals say nothing). */
function isNamed(doc: Document, t: Token): boolean {
  // "I'm", "I'd" left whole by the tokenizer after a stray quote are the speaker, not a name.
  if (t.type !== 'word' || NOT_NAMES.has(t.normal) || t.normal.startsWith("i'")) return false
  // An acronym and a name both start with a capital.
  if (!startsUpper(t.value)) return false
  const sentence = doc.sentences[t.sentence]
  const first = sentence?.tokenStart === t.index
  if (isAcronym(t)) return true
  return !first && (t.pos === 'PROPN' || /[A-Z].*[A-Z0-9]/.test(t.value))
}

/** "staff engineer", "clinical informatics analyst": a role head with a specific modifier. */
function roles(doc: Document): Concrete[] {
  const found: Concrete[] = []
  doc.tokens.forEach((t, i) => {
    if (
      t.type !== 'word' ||
      (!ROLE_HEADS.has(withoutFinalS(t.normal)) && !ROLE_HEADS.has(t.normal))
    )
      return
    const before = doc.tokens[i - 1]
    if (before?.type !== 'word' || VAGUE_MODIFIERS.has(before.normal)) return
    if (MODIFIER_POS.has(before.pos) || isAcronym(t))
      found.push({ kind: 'role', span: [before.start, t.end] })
  })
  return found
}

/** Named tools, methods, credentials: proper nouns and acronyms, and credential words with a name. */
function skills(doc: Document): Concrete[] {
  const found: Concrete[] = []
  for (const t of doc.tokens) {
    if (isNamed(doc, t) || CREDENTIALS.has(t.normal))
      found.push({ kind: 'skill', span: [t.start, t.end] })
  }
  return found
}

/** Figures that can be checked: percentages, money, counts with digits, "from X to Y". */
function numbers(doc: Document): Concrete[] {
  const found: Concrete[] = []
  for (const e of doc.entities) {
    if (e.type === 'PERCENT' || e.type === 'MONEY')
      found.push({ kind: 'number', span: [e.start, e.end] })
  }
  doc.tokens.forEach((t, i) => {
    const next = doc.tokens[i + 1]
    if (t.type === 'number' && !/^(19|20)\d\d$/.test(t.value))
      found.push({ kind: 'number', span: [t.start, t.end] })
    else if (t.normal === 'percent' && doc.tokens[i - 1]?.type === 'word') {
      found.push({ kind: 'number', span: [doc.tokens[i - 1]?.start ?? t.start, t.end] })
    } else if (t.normal === 'from' && next?.pos === 'NUM')
      found.push({ kind: 'number', span: [t.start, next.end] })
  })
  return found
}

/**
 * Domain terms: noun compounds whose words are not generic ("usability
 * sessions", "demand planning system", "water main inventory").
 */
function terms(doc: Document): Concrete[] {
  const found: Concrete[] = []
  let run: Token[] = []
  const flush = () => {
    // Most tokens end no run: nothing to judge, nothing to allocate.
    if (run.length === 0) return
    const head = run[run.length - 1]
    // "my fifth pick": an ordinal ranks, it does not name anything.
    const specific = run.filter(
      (t) => !GENERIC.has(t.lemma) && !VAGUE_MODIFIERS.has(t.normal) && !isOrdinal(t.normal),
    )
    if (head && run.length >= 2 && head.pos === 'NOUN' && specific.length >= 2) {
      found.push({ kind: 'term', span: [run[0]?.start ?? head.start, head.end] })
    }
    run = []
  }
  for (const t of doc.tokens) {
    if (t.type === 'word' && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN')) run.push(t)
    else if (!(t.value === '-' && run.length > 0)) flush()
  }
  flush()
  return found
}

/** Every concrete item, deduplicated by span. */
export const concreteItems = perDocument(function concreteItems(doc: Document): Concrete[] {
  const times: Concrete[] = timeExpressions(doc)
    .filter((t) => t.ahead)
    .map((t) => ({ kind: 'time', span: t.span }))
  const all = [...roles(doc), ...skills(doc), ...numbers(doc), ...times, ...terms(doc)]
  // Kind and start as one number, not a string per item.
  const seen = new Set<number>()
  return all.filter((c) => {
    const key = c.span[0] * KINDS.length + KINDS.indexOf(c.kind)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
})

/**
 * Words naming a line of work on their own ("teacher", "nurses"): not concrete enough
 * to count as a specific role, but an answer that names one is not about nothing.
 */
export function occupations(doc: Document): Token[] {
  return doc.tokens.filter((t) => {
    if (t.type !== 'word') return false
    const head = ROLE_HEADS.has(t.normal) ? t.normal : withoutFinalS(t.normal)
    return ROLE_HEADS.has(head) && !RANKS.has(head)
  })
}

import { companyCueWords } from '../lexicons/company-cue-words.js'
import { wordSet } from '../lexicons/index.js'
import type { Document, Token } from '../text/document.js'
import { perDocument } from '../text/memo.js'
import { clauseStart } from '../text/scope.js'
import type { Span } from '../text/span.js'

const GENERIC = wordSet('companyLink', 'generic')
const ORG_HEADS = wordSet('companyLink', 'org-head')
/** Kinds of workplace that name the employer's line of work on their own ("this bank"). */
const ORG_TYPES = wordSet('companyLink', 'org-type')
/** Part-of-speech tags are grammar constants, not vocabulary: they stay in code. */
const COMPOUND_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB'])
const ROLE_HEADS = wordSet('roles')
const STOP: ReadonlySet<string> = new Set(companyCueWords().stopWords)

/** A reference in the answer to this employer, team or role, with the words that make it specific. */
export interface CompanyCue {
  span: Span
  /** The content words that make the cue specific (for matching against a dossier). */
  words: string[]
  via: 'your' | 'this-role' | 'here' | 'you-do' | 'posting' | 'generic'
}

/** A word that says something particular: not generic, not a stop word, not a pronoun. */
export function isSpecificWord(t: Token): boolean {
  if (t.type !== 'word' && t.type !== 'number') return false
  if (STOP.has(t.normal) || GENERIC.has(t.normal) || GENERIC.has(t.lemma)) return false
  if (
    t.pos === 'PRON' ||
    t.pos === 'AUX' ||
    t.pos === 'DET' ||
    t.pos === 'ADP' ||
    t.pos === 'CCONJ'
  )
    return false
  if (t.pos === 'PROPN' || /[A-Z]{2}/.test(t.value) || t.type === 'number') return true
  return t.pos === 'NOUN' || t.pos === 'ADJ'
}

/** "onboarding team", "lending desk": an -ing word the tagger reads as a verb, naming the noun after it. */
function isGerundModifier(doc: Document, i: number): boolean {
  const t = doc.tokens[i]
  return (
    t?.pos === 'VERB' &&
    t.normal.endsWith('ing') &&
    doc.tokens[i + 1]?.pos === 'NOUN' &&
    !STOP.has(t.normal)
  )
}

/** Content words from `from` to the end of the clause, at most `max` tokens. */
function specificsAfter(doc: Document, from: number, max: number): Token[] {
  const out: Token[] = []
  for (let i = from; i < Math.min(doc.tokens.length, from + max); i++) {
    const t = doc.tokens[i]
    // Commas stay inside: spoken answers scatter them ("your team does, um, a lot of TikTok").
    if (!t || t.sentence !== doc.tokens[from]?.sentence) break
    if (t.type === 'punctuation' && !['-', "'", ',', '’', ':'].includes(t.value)) break
    if (isSpecificWord(t) || isGerundModifier(doc, i)) out.push(t)
  }
  return out
}

/** Nouns for an employer as a whole: with "this" or "your" they point at one, if not at anything in it. */
const EMPLOYER: ReadonlySet<string> = new Set(companyCueWords().employerNouns)
const POINTERS: ReadonlySet<string> = new Set(companyCueWords().pointers)

/**
 * "this role", "your team", "a company like yours": a reference to this employer or
 * role that names nothing in particular. RUBRIC.md counts it in part (without a
 * dossier): the answer is tied to somebody, if not to anything they do.
 */
export const genericReferences = perDocument(function genericReferences(doc: Document): Span[] {
  const found: Span[] = []
  const tokens = doc.tokens
  const isPart = (w: Token | undefined) => !!w && (ORG_HEADS.has(w.lemma) || ORG_TYPES.has(w.lemma))
  const isOrg = (w: Token | undefined) => isPart(w) || (!!w && EMPLOYER.has(w.lemma))
  tokens.forEach((t, i) => {
    if (t.type !== 'word') return
    if ((t.normal === 'this' || t.normal === 'your') && tokens[i - 1]?.normal !== 'of') {
      // "this role", "this exciting position", "your whole team". Not "your company", which
      // is how generic praise begins ("your company is a leader in the industry").
      for (let k = i + 1; k <= i + 3; k++) {
        const w = tokens[k]
        if (!w || (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN')) break
        if (isPart(w)) {
          found.push([t.start, w.end])
          break
        }
      }
    } else if (
      t.normal === 'like' &&
      POINTERS.has(tokens[i + 1]?.normal ?? '') &&
      isOrg(tokens[i - 1])
    ) {
      // "a company like this", "teams like yours".
      const next = tokens[i + 1]
      found.push([tokens[i - 1]?.start ?? t.start, next?.end ?? t.end])
    }
  })
  return found
})

/** Words that name the job posting itself ("the job description mentions…"). */
const POSTING: ReadonlySet<string> = new Set(companyCueWords().postingNouns)

/**
 * References that tie an answer to this employer without a dossier
 * (shared/data/README.md: "a named program, team, product or the role's actual
 * duties"): "your imaging core", "this shift supervisor position", "a tier one
 * analyst here", "you're opening the new cardiac wing", "the posting mentions the
 * Zendesk migration". Generic ones ("your
 * company", "this role would be a great next step") do not count.
 */
export const companyCues = perDocument(function companyCues(doc: Document): CompanyCue[] {
  const cues: CompanyCue[] = []
  const tokens = doc.tokens
  // Whether the answer says "here" anywhere: asked at each "our", looked up once.
  let saysHere: boolean | undefined
  const here = () => {
    saysHere ??= tokens.some((x) => x.normal === 'here')
    return saysHere
  }
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]
    if (t.normal === 'your' || (t.normal === 'our' && here())) {
      // "your water resources group": modifiers before a head; or "your lab does imaging analysis".
      const phrase = specificsAfter(doc, i + 1, 6)
      const head = tokens[i + 1]
      const objectWords =
        head && (GENERIC.has(head.lemma) || ORG_HEADS.has(head.lemma))
          ? specificsAfter(doc, i + 2, 10)
          : []
      const words = [...phrase, ...objectWords]
      if (words.length > 0 && !(head && ['job', 'time'].includes(head.normal))) {
        const last = words[words.length - 1] ?? t
        cues.push({ span: [t.start, last.end], words: words.map((w) => w.normal), via: 'your' })
      }
    } else if ((t.normal === 'this' || t.normal === 'these') && next) {
      // The noun compound after "this": "this associate researcher role", "this cardiac floor".
      // The tagger sometimes reads a noun as a verb ("permit clerk"), so verbs may sit inside the run.
      const run: number[] = []
      for (let k = i + 1; k <= i + 5 && COMPOUND_POS.has(tokens[k]?.pos ?? ''); k++) run.push(k)
      const headAt = run.findLast((k) => {
        const w = tokens[k]
        return !!w && (ORG_HEADS.has(w.lemma) || ROLE_HEADS.has(w.normal) || ORG_TYPES.has(w.lemma))
      })
      if (headAt === undefined) return
      const k = headAt + 1
      const head = tokens[headAt]
      if (!head) return
      const modifiers = tokens.slice(i + 1, k - 1).filter(isSpecificWord)
      // "the cluster of three hotels in this role" / "this role feeds the S&OP process".
      const before = tokens
        .slice(Math.max(clauseStart(doc, i), i - 8), i)
        .filter((w) => isSpecificWord(w) && w.pos !== 'ADJ')
      const after = specificsAfter(doc, k, 12).filter((w) => w.pos !== 'ADJ')
      const around = [...before, ...after]
      const words =
        modifiers.length > 0
          ? modifiers
          : ORG_TYPES.has(head.lemma)
            ? [head]
            : around.length >= 2
              ? around
              : []
      if (words.length > 0)
        cues.push({
          span: [t.start, head.end],
          words: words.map((w) => w.normal),
          via: 'this-role',
        })
    } else if (
      POSTING.has(t.normal) &&
      ['the', 'your', 'job', 'role'].includes(tokens[i - 1]?.normal ?? '') &&
      next &&
      ['mention', 'say', 'ask', 'list', 'describe', 'talk', 'call', 'stress'].includes(next.lemma)
    ) {
      // "The job description mentions moving off Zendesk": what the posting asks for, named.
      const named = specificsAfter(doc, i + 2, 12).filter((w) => w.pos !== 'ADJ')
      const proper = named.some(
        (w) => w.pos === 'PROPN' || /[A-Z]{2}/.test(w.value) || w.type === 'number',
      )
      if (proper || named.length >= 2) {
        const last = named[named.length - 1] ?? t
        cues.push({ span: [t.start, last.end], words: named.map((w) => w.normal), via: 'posting' })
      }
    } else if (t.normal === 'here' && t.pos === 'ADV' && tokens[i - 1]?.normal !== 'from') {
      cues.push({ span: [t.start, t.end], words: [], via: 'here' })
    } else if (
      (t.normal === 'you' || t.normal === "you're") &&
      next &&
      (next.pos === 'VERB' || next.normal === "'re" || ['have', 'do', 'are'].includes(next.normal))
    ) {
      const words = specificsAfter(doc, i + 1, 10)
      if (words.length >= 2) {
        const last = words[words.length - 1] ?? t
        cues.push({ span: [t.start, last.end], words: words.map((w) => w.normal), via: 'you-do' })
      }
    }
  })
  return cues
})

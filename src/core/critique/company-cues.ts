import { wordSet } from '../lexicons/index.js'
import type { Document, Token } from '../text/document.js'
import type { Span } from '../text/span.js'

const GENERIC = wordSet('companyLink', 'generic')
const ORG_HEADS = wordSet('companyLink', 'org-head')
const ROLE_HEADS = wordSet('roles')
const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'for',
  'with',
  'at',
  'by',
  'is',
  'are',
  'was',
  'be',
  'it',
  'that',
  'this',
  'which',
  'so',
  'there',
])

/** A reference in the answer to this employer, team or role, with the words that make it specific. */
export interface CompanyCue {
  span: Span
  /** The content words that make the cue specific (for matching against a dossier). */
  words: string[]
  via: 'your' | 'this-role' | 'here' | 'you-do'
}

/** A word that says something particular: not generic, not a stop word, not a pronoun. */
function isSpecificWord(t: Token): boolean {
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

/** Content words from `from` to the end of the clause, at most `max` tokens. */
function specificsAfter(doc: Document, from: number, max: number): Token[] {
  const out: Token[] = []
  for (let i = from; i < Math.min(doc.tokens.length, from + max); i++) {
    const t = doc.tokens[i]
    if (!t || (t.type === 'punctuation' && t.value !== '-' && t.value !== "'")) break
    if (isSpecificWord(t)) out.push(t)
  }
  return out
}

/**
 * References that tie an answer to this employer without a dossier
 * (shared/data/README.md: "a named program, team, product or the role's actual
 * duties"): "your imaging core", "this shift supervisor position", "a tier one
 * analyst here", "you're opening the new cardiac wing". Generic ones ("your
 * company", "this role would be a great next step") do not count.
 */
export function companyCues(doc: Document): CompanyCue[] {
  const cues: CompanyCue[] = []
  const tokens = doc.tokens
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]
    if (t.normal === 'your' || (t.normal === 'our' && tokens.some((x) => x.normal === 'here'))) {
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
      // "this research specialist position", "this role works in a demand planning system".
      for (let k = i + 1; k <= i + 5; k++) {
        const head = tokens[k]
        if (head?.type !== 'word') break
        if (ORG_HEADS.has(head.lemma) || ROLE_HEADS.has(head.normal)) {
          const modifiers = tokens.slice(i + 1, k).filter(isSpecificWord)
          const rest =
            modifiers.length > 0
              ? []
              : specificsAfter(doc, k + 1, 12).filter((w) => w.pos !== 'ADJ')
          const words = [...modifiers, ...rest]
          if (words.length >= (modifiers.length > 0 ? 1 : 2)) {
            const last = words[words.length - 1] ?? head
            cues.push({
              span: [t.start, Math.max(head.end, last.end)],
              words: words.map((w) => w.normal),
              via: 'this-role',
            })
          }
          break
        }
      }
    } else if (t.normal === 'here' && t.pos === 'ADV' && tokens[i - 1]?.normal !== 'from') {
      cues.push({ span: [t.start, t.end], words: [], via: 'here' })
    } else if (
      (t.normal === 'you' || t.normal === "you're") &&
      next &&
      (next.pos === 'VERB' || next.normal === "'re")
    ) {
      const words = specificsAfter(doc, i + 1, 10)
      if (words.length >= 2) {
        const last = words[words.length - 1] ?? t
        cues.push({ span: [t.start, last.end], words: words.map((w) => w.normal), via: 'you-do' })
      }
    }
  })
  return cues
}

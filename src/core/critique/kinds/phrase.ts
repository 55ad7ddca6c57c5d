import { entriesOf, type LexiconEntry, type LexiconName } from '../../lexicons/index.js'
import type { Document } from '../../text/document.js'
import { perDocument } from '../../text/memo.js'
import { compileGroups, type MatchOn, type PhraseMatch } from '../../text/phrase-matcher.js'
import { inRanges, isHypotheticalSentence, isNegated, quotedRanges } from '../../text/scope.js'

/** Quoted ranges of a document, computed once per document. */
export const quotes = perDocument(
  (doc: Document): Array<[number, number]> => quotedRanges(doc.text),
)

export interface PhraseOptions {
  /** Skip matches inside quotation marks (someone else's words). Default true. */
  skipQuoted?: boolean
  /** Skip matches under a negation or contrast in their clause. Default false. */
  skipNegated?: boolean
  /** Skip matches in hypothetical or reported sentences. Default true. */
  skipHypothetical?: boolean
}

/**
 * Every lexicon group a rule asked for, matched together: one trie per way of
 * comparing words (MatchOn), each walked once per document.
 */
interface Matching {
  groups: LexiconEntry[][]
  compiled?: { size: number; matcher: ReturnType<typeof compileGroups<LexiconEntry>> }
  /** The last document's matches (see perDocument: one document at a time). */
  last?: { doc: Document; size: number; matches: PhraseMatch<LexiconEntry>[][] }
}
/** The group of each lexicon kind already asked for, by match mode, lexicon and kind. */
const groupOf = new Map<string, number>()
const matchings: Record<MatchOn, Matching> = {
  normal: { groups: [] },
  lemma: { groups: [] },
}

function groupMatches(doc: Document, on: MatchOn, group: number): PhraseMatch<LexiconEntry>[] {
  const m = matchings[on]
  if (!m.compiled || m.compiled.size !== m.groups.length) {
    m.compiled = { size: m.groups.length, matcher: compileGroups(m.groups, (e) => e.phrase, on) }
  }
  let cached = m.last
  if (!cached || cached.doc !== doc || cached.size !== m.compiled.size) {
    cached = { doc, size: m.compiled.size, matches: m.compiled.matcher.match(doc) }
    m.last = cached
  }
  return cached.matches[group] ?? []
}

/**
 * Vale's `existence` kind: a lexicon (optionally one kind of its entries),
 * matched against a document with the scope rules every phrase rule needs
 * (quotes, negation, hypotheticals), on words as written or on their lemmas.
 * All kinds share one trie per MatchOn, compiled once and walked once per document.
 */
export function phraseKind(name: LexiconName, kind?: string, on: MatchOn = 'normal') {
  // Rules that ask for the same lexicon kind share its group: each is matched once per walk.
  const key = `${on}:${name}:${kind ?? ''}`
  let group = groupOf.get(key)
  if (group === undefined) {
    group = matchings[on].groups.push(entriesOf(name, kind)) - 1
    groupOf.set(key, group)
  }
  const index = group
  return (doc: Document, options: PhraseOptions = {}): PhraseMatch<LexiconEntry>[] => {
    const { skipQuoted = true, skipNegated = false, skipHypothetical = true } = options
    return groupMatches(doc, on, index).filter((m) => {
      if (skipQuoted && inRanges(quotes(doc), m.span[0])) return false
      if (skipNegated && isNegated(doc, m.first)) return false
      const sentence = doc.tokens[m.first]?.sentence ?? 0
      if (skipHypothetical && isHypotheticalSentence(doc, sentence)) return false
      return true
    })
  }
}

/** The text a match covers, for a hit's `actual`. */
export function matchText(doc: Document, m: PhraseMatch<unknown>): string {
  return doc.text.slice(m.span[0], m.span[1])
}

import { entriesOf, type LexiconEntry, type LexiconName } from '../../lexicons/index.js'
import type { Document } from '../../text/document.js'
import { compileGroups, type PhraseMatch } from '../../text/phrase-matcher.js'
import { inRanges, isHypotheticalSentence, isNegated, quotedRanges } from '../../text/scope.js'

const quotesOf = new WeakMap<Document, Array<[number, number]>>()

/** Quoted ranges of a document, computed once per document. */
export function quotes(doc: Document): Array<[number, number]> {
  let ranges = quotesOf.get(doc)
  if (!ranges) {
    ranges = quotedRanges(doc.text)
    quotesOf.set(doc, ranges)
  }
  return ranges
}

export interface PhraseOptions {
  /** Skip matches inside quotation marks (someone else's words). Default true. */
  skipQuoted?: boolean
  /** Skip matches under a negation or contrast in their clause. Default false. */
  skipNegated?: boolean
  /** Skip matches in hypothetical or reported sentences. Default true. */
  skipHypothetical?: boolean
}

/** Every lexicon group a rule asked for, matched together in one walk per document. */
const groups: LexiconEntry[][] = []
let combined: { size: number; matcher: ReturnType<typeof compileGroups<LexiconEntry>> } | undefined
const matchesOf = new WeakMap<Document, { size: number; matches: PhraseMatch<LexiconEntry>[][] }>()

function groupMatches(doc: Document, group: number): PhraseMatch<LexiconEntry>[] {
  if (!combined || combined.size !== groups.length) {
    combined = { size: groups.length, matcher: compileGroups(groups, (e) => e.phrase) }
  }
  let cached = matchesOf.get(doc)
  if (!cached || cached.size !== combined.size) {
    cached = { size: combined.size, matches: combined.matcher.match(doc) }
    matchesOf.set(doc, cached)
  }
  return cached.matches[group] ?? []
}

/**
 * Vale's `existence` kind: a lexicon (optionally one kind of its entries),
 * matched against a document with the scope rules every phrase rule needs
 * (quotes, negation, hypotheticals). All kinds share one trie, compiled once
 * and walked once per document.
 */
export function phraseKind(name: LexiconName, kind?: string) {
  const group = groups.push(entriesOf(name, kind)) - 1
  return (doc: Document, options: PhraseOptions = {}): PhraseMatch<LexiconEntry>[] => {
    const { skipQuoted = true, skipNegated = false, skipHypothetical = true } = options
    return groupMatches(doc, group).filter((m) => {
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

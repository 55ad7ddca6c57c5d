import { type Document, readDocument, type Token } from './document.js'
import type { Span } from './span.js'

/** A phrase match: which entry, and the tokens it covers (last inclusive). */
export interface PhraseMatch<E> {
  entry: E
  first: number
  last: number
  span: Span
}

interface TrieNode<E> {
  next: Map<string, TrieNode<E>>
  entries: E[]
}

/** Word that matches any single word token in a lexicon phrase. */
const ANY_WORD = '*'

/**
 * Split a lexicon phrase into the token keys it must match. Apostrophe forms are
 * normalised the way wink normalises tokens ("i'm" → "i am", "don't" → "do not").
 */
export function phraseKeys(phrase: string): string[] {
  // Key the phrase through wink itself, so lexicon and text normalise the same way
  // ("can't" → can not, "organisation" → organization, "I'm" → i am).
  const doc = readDocument(phrase.toLowerCase())
  return doc.tokens.flatMap((t) => (t.value === '*' ? [ANY_WORD] : tokenKeys(t)))
}

/**
 * The keys a token offers to the matcher: its normal form with curly apostrophes
 * folded, and the contractions wink keeps whole ("i'm") expanded like phraseKeys.
 */
export function tokenKeys(token: Token): string[] {
  const normal = token.normal.replace(/’/g, "'")
  if (normal.length <= 2) return [normal]
  return normal
    .replace(/'m$/, ' am')
    .replace(/'re$/, ' are')
    .replace(/'ve$/, ' have')
    .replace(/'ll$/, ' will')
    .replace(/'d$/, ' would')
    .replace(/(\w)-(?=\w)/g, '$1 - ')
    .split(' ')
    .filter(Boolean)
}

/**
 * Compile phrases once into a token trie, then match many documents (STYLE.md
 * guideline 5). `*` in a phrase matches any one word. Matching is on wink's
 * normal form, so case and contractions do not matter. Longest match wins at a
 * start position; matches do not overlap.
 *
 * @example
 * const m = compilePhrases([{ phrase: 'kind of' }], (e) => e.phrase)
 * m.match(readDocument('I kind of want it')) // one match, span [2, 9]
 */
export function compilePhrases<E>(entries: readonly E[], phraseOf: (entry: E) => string) {
  const root: TrieNode<E> = { next: new Map(), entries: [] }
  for (const entry of entries) {
    let node = root
    for (const key of phraseKeys(phraseOf(entry))) {
      let child = node.next.get(key)
      if (!child) {
        child = { next: new Map(), entries: [] }
        node.next.set(key, child)
      }
      node = child
    }
    node.entries.push(entry)
  }

  /** Matches within token range [from, to). Punctuation other than hyphens breaks a phrase. */
  function match(doc: Document, from = 0, to = doc.tokens.length): PhraseMatch<E>[] {
    const found: PhraseMatch<E>[] = []
    let i = from
    while (i < to) {
      let node: TrieNode<E> | undefined = root
      let best: { last: number; entries: E[] } | undefined
      for (let j = i; j < to && node; j++) {
        const token = doc.tokens[j]
        if (!token || token.type === 'tabCRLF') break
        for (const key of tokenKeys(token)) {
          if (!node) break
          const exact: TrieNode<E> | undefined = node.next.get(key)
          node = exact ?? (token.type === 'word' ? node.next.get(ANY_WORD) : undefined)
        }
        if (node && node.entries.length > 0) best = { last: j, entries: node.entries }
      }
      if (best) {
        const first = doc.tokens[i]
        const last = doc.tokens[best.last]
        for (const entry of best.entries) {
          found.push({
            entry,
            first: i,
            last: best.last,
            span: [first?.start ?? 0, last?.end ?? 0],
          })
        }
        i = best.last + 1
      } else {
        i++
      }
    }
    return found
  }

  return { match }
}

export type PhraseMatcher<E> = ReturnType<typeof compilePhrases<E>>

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
  /** next.get(ANY_WORD), kept apart: it is asked on almost every failed step. */
  any?: TrieNode<E>
  entries: Array<{ group: number; entry: E }>
}

/** Word that matches any single word token in a lexicon phrase. */
const ANY_WORD = '*'

/**
 * What a phrase's words are compared on. `normal`: the word as written, case and
 * contractions aside. `lemma`: its dictionary form, so one entry covers every
 * inflection ("micromanage" matches micromanaged, micromanaging; "take credit"
 * matches took credit, taking credit).
 */
export type MatchOn = 'normal' | 'lemma'

const tokenKeys = (token: Token, on: MatchOn): readonly string[] =>
  on === 'lemma' && token.type === 'word' ? token.lemmaKeys : token.keys

/**
 * Split a lexicon phrase into the token keys it must match. Apostrophe forms are
 * normalised the way wink normalises tokens ("i'm" → "i am", "don't" → "do not").
 */
export function phraseKeys(phrase: string, on: MatchOn = 'normal'): string[] {
  // Key the phrase through wink itself, so lexicon and text normalise the same way
  // ("can't" → can not, "organisation" → organization, "I'm" → i am).
  const doc = readDocument(phrase.toLowerCase())
  return doc.tokens.flatMap((t) => (t.value === '*' ? [ANY_WORD] : tokenKeys(t, on)))
}

/**
 * Compile several phrase lists (groups) into one token trie, walked once per
 * document. Each group keeps its own semantics: longest match at a start
 * position, no overlapping matches within the group. `*` matches any one word;
 * matching is on wink's normal form (case and contractions do not matter), or on
 * lemmas when `on` is 'lemma'.
 */
export function compileGroups<E>(
  groups: ReadonlyArray<readonly E[]>,
  phraseOf: (entry: E) => string,
  on: MatchOn = 'normal',
) {
  const root: TrieNode<E> = { next: new Map(), entries: [] }
  groups.forEach((entries, group) => {
    for (const entry of entries) {
      let node = root
      for (const key of phraseKeys(phraseOf(entry), on)) {
        let child = node.next.get(key)
        if (!child) {
          child = { next: new Map(), entries: [] }
          node.next.set(key, child)
          if (key === ANY_WORD) node.any = child
        }
        node = child
      }
      // Two entries of a group on one path (inflections of one lemma) would match twice.
      if (!node.entries.some((e) => e.group === group)) node.entries.push({ group, entry })
    }
  })

  // Longest match per group from one start: later (longer) ends overwrite earlier ones.
  // Shared by every call (match calls nothing that could re-enter it); each start
  // resets the groups it touched, so a call finds them all at -1.
  const bestLast = new Array<number>(groups.length).fill(-1)
  const bestEntry = new Array<E | undefined>(groups.length)
  const touched: number[] = []

  /**
   * Matches per group within token range [from, to). A group with no match may be
   * absent from the result (read it with `?? []`): most groups match nothing, and
   * the live editor calls this on every keystroke.
   */
  function match(doc: Document, from = 0, to = doc.tokens.length): PhraseMatch<E>[][] {
    const found: PhraseMatch<E>[][] = []
    const nextStart: number[] = []
    const tokens = doc.tokens
    for (let i = from; i < to; i++) {
      let node: TrieNode<E> | undefined = root
      for (let j = i; j < to && node !== undefined; j++) {
        const token = tokens[j]
        if (!token || token.type === 'tabCRLF') break
        const word = token.type === 'word'
        const keys = on === 'lemma' && word ? token.lemmaKeys : token.keys
        for (let k = 0; k < keys.length && node !== undefined; k++) {
          const exact: TrieNode<E> | undefined = node.next.get(keys[k] ?? '')
          node = exact ?? (word ? node.any : undefined)
        }
        // Compiling keeps one entry per group on a node. Most nodes on a walk end no
        // phrase: an indexed loop skips them without making an iterator.
        if (node !== undefined) {
          const ending = node.entries
          for (let e = 0; e < ending.length; e++) {
            const { group, entry } = ending[e] as { group: number; entry: E }
            if (bestLast[group] === -1) touched.push(group)
            bestLast[group] = j
            bestEntry[group] = entry
          }
        }
      }
      // Most starts match nothing: skip the bookkeeping (setting an array's length is a runtime call).
      if (touched.length === 0) continue
      for (const group of touched) {
        const last = bestLast[group] ?? -1
        const entry = bestEntry[group] as E
        bestLast[group] = -1
        if (i < (nextStart[group] ?? from)) continue
        const span: Span = [tokens[i]?.start ?? 0, tokens[last]?.end ?? 0]
        const list = found[group]
        if (list) list.push({ entry, first: i, last, span })
        else found[group] = [{ entry, first: i, last, span }]
        nextStart[group] = last + 1
      }
      touched.length = 0
    }
    return found
  }

  return { match }
}

/**
 * Compile one phrase list (STYLE.md guideline 5: compile once, match many).
 *
 * @example
 * const m = compilePhrases([{ phrase: 'kind of' }], (e) => e.phrase)
 * m.match(readDocument('I kind of want it')) // one match, span [2, 9]
 */
export function compilePhrases<E>(
  entries: readonly E[],
  phraseOf: (entry: E) => string,
  on: MatchOn = 'normal',
) {
  const compiled = compileGroups([entries], phraseOf, on)
  return {
    match: (doc: Document, from?: number, to?: number): PhraseMatch<E>[] =>
      compiled.match(doc, from, to)[0] ?? [],
  }
}

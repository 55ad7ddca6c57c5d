import { keysOf } from './keys.js'
import { breakLongRuns } from './long-runs.js'
import { nlp } from './nlp.js'

/** One token with its offsets in the original text. */
export interface Token {
  /** The token as written. */
  readonly value: string
  /** Lower-cased, contractions expanded by wink ("n't" → "not", "’ll" → "will"). */
  readonly normal: string
  readonly lemma: string
  /** Universal POS tag from wink (NOUN, VERB, PROPN, …). */
  readonly pos: string
  /** wink token type: word, number, punctuation, symbol, emoji, email, url, tabCRLF, … */
  readonly type: string
  readonly start: number
  readonly end: number
  /** Index of the sentence that holds the token. */
  readonly sentence: number
  /** Index of this token in `Document.tokens`. */
  readonly index: number
  /** Keys the phrase matcher compares, computed once (see keys.ts). */
  readonly keys: readonly string[]
}

export interface Sentence {
  readonly index: number
  readonly start: number
  readonly end: number
  /** Token indexes, first inclusive, last exclusive. */
  readonly tokenStart: number
  readonly tokenEnd: number
}

export interface Entity {
  /** wink entity type: DATE, DURATION, TIME, PERCENT, CARDINAL, ORDINAL, MONEY, … */
  readonly type: string
  readonly start: number
  readonly end: number
  readonly tokenStart: number
  readonly tokenEnd: number
}

/** The one document model every rule, extractor and metric reads. */
export interface Document {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly entities: readonly Entity[]
  /** Indexes of word tokens (type word), the ones that count as words. */
  readonly words: readonly number[]
}

/** A lemma already worked out for one POS tag and normal form of a value (see lemmasOf). */
interface KnownLemma {
  readonly tag: string
  readonly normal: string
  readonly lemma: string
}
/**
 * Lemmas already worked out, by value: each value has one or a few (tag, normal)
 * pairs, scanned in order; one Map lookup per token rather than one per key part.
 */
const lemmaMemo = new Map<string, KnownLemma[]>()
let lemmaMemoSize = 0
/** Enough for every word of a large vocabulary; past it the memo starts again. */
const LEMMA_MEMO_LIMIT = 50_000

/**
 * Every token's lemma. wink lemmatises afresh on each request, the dearest column
 * readDocument reads (about a sixth of readDoc). Its lemma depends only on the token
 * (value, with its normal form standing for a contraction's expansion) and the POS
 * tag, so a lemma worked out once is reused; only tokens not seen before ask wink.
 */
function lemmasOf(
  values: readonly string[],
  normals: readonly string[],
  tags: readonly string[],
  lemmaAt: (i: number) => string | undefined,
): Array<string | undefined> {
  const lemmas = new Array<string | undefined>(values.length)
  for (let i = 0; i < values.length; i++) {
    const tag = tags[i] ?? ''
    const value = values[i] ?? ''
    const normal = normals[i] ?? ''
    let known = lemmaMemo.get(value)
    let lemma: string | undefined
    if (known) {
      for (const k of known) {
        if (k.tag === tag && k.normal === normal) {
          lemma = k.lemma
          break
        }
      }
    }
    if (lemma === undefined) {
      lemma = lemmaAt(i)
      if (lemma === undefined) continue
      if (lemmaMemoSize >= LEMMA_MEMO_LIMIT) {
        lemmaMemo.clear()
        lemmaMemoSize = 0
        known = undefined
      }
      if (known) known.push({ tag, normal, lemma })
      else lemmaMemo.set(value, [{ tag, normal, lemma }])
      lemmaMemoSize++
    }
    lemmas[i] = lemma
  }
  return lemmas
}

/**
 * Tokenise, split sentences and find entities with wink-nlp, keeping every
 * token's UTF-16 offsets into `text`. wink is lossless (preceding spaces plus
 * values rebuild the input), so offsets are a running sum. wink reads a copy
 * with over-long runs of non-space characters cut (long-runs.ts): same length,
 * same offsets, bounded cost.
 *
 * @example
 * const doc = readDocument('My goal is to lead a team by 2028.')
 * doc.sentences.length // 1
 */
export function readDocument(text: string): Document {
  const { its } = nlp()
  const wdoc = nlp().readDoc(breakLongRuns(text))
  const tokenItems = wdoc.tokens()
  // wink's typings model `out` loosely; every one of these returns one string per token.
  const column = (f: unknown): string[] => tokenItems.out(f as typeof its.value) as string[]
  const values = column(its.value)
  const spaces = column(its.precedingSpaces)
  const normals = column(its.normal)
  const tags = column(its.pos)
  const types = column(its.type)
  const lemmas = lemmasOf(
    values,
    normals,
    tags,
    (i) => tokenItems.itemAt(i).out(its.lemma as typeof its.value) as string | undefined,
  )

  const sentenceOfToken = new Int32Array(values.length)
  const sentenceSpans: Array<[number, number]> = []
  wdoc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number]
    sentenceSpans.push([first, last])
  })
  sentenceSpans.forEach(([first, last], index) => {
    for (let t = first; t <= last; t++) sentenceOfToken[t] = index
  })

  const tokens: Token[] = []
  const words: number[] = []
  let offset = 0
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length
    const value = values[i] ?? ''
    const type = types[i] ?? 'word'
    tokens.push({
      value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: tags[i] ?? 'X',
      type,
      start: offset,
      end: offset + value.length,
      sentence: sentenceOfToken[i] ?? 0,
      index: i,
      keys: keysOf(normals[i] ?? value.toLowerCase()),
    })
    if (type === 'word') words.push(i)
    offset += value.length
  }

  const sentences: Sentence[] = sentenceSpans.map(([first, last], index) => ({
    index,
    start: tokens[first]?.start ?? 0,
    end: tokens[last]?.end ?? 0,
    tokenStart: first,
    tokenEnd: last + 1,
  }))

  const entities: Entity[] = []
  wdoc.entities().each((e: { out(f: unknown): unknown }) => {
    const [first, last] = e.out(its.span) as unknown as [number, number]
    entities.push({
      type: String(e.out(its.type)),
      start: tokens[first]?.start ?? 0,
      end: tokens[last]?.end ?? 0,
      tokenStart: first,
      tokenEnd: last + 1,
    })
  })

  return { text, tokens, sentences, entities, words }
}

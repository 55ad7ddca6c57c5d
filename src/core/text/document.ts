import { keysOf, lemmaKeysOf } from './keys.js'
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
  /** The lemma as the phrase matcher compares it (lower case), shared by every token of that lemma. */
  readonly lemmaKeys: readonly string[]
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
 * Lemmas of contractions already worked out, by value: each value has one or a few
 * (tag, normal) pairs, scanned in order. A contraction's normal form is its
 * expansion, not a function of its wink id, so it is keyed apart from lexemeOf's.
 */
const lemmaMemo = new Map<string, KnownLemma[]>()
let lemmaMemoSize = 0
/** Enough for every word of a large vocabulary; past it a memo starts again. */
const MEMO_LIMIT = 50_000

/**
 * What wink holds for one of its lexemes (its uniqueId): value, token type and
 * normal form depend on the id alone (wink's lexicon only grows, so an id keeps
 * its meaning), and the lemma on the id and the POS tag. Asking wink for each of
 * those columns per token was about a third of readDoc; one id column and a
 * lookup here cost a fraction of it.
 */
interface Lexeme {
  readonly value: string
  readonly type: string
  /** The normal form when the token is not a contraction, once a plain token was met. */
  normal?: string
  keys?: readonly string[]
  /** Lemmas by POS tag as tags are met: most lexemes meet one or two, so a short list. */
  readonly lemmas: Array<{
    readonly tag: string
    readonly lemma: string
    readonly keys: readonly string[]
  }>
}
const lexemes = new Map<number, Lexeme>()

/** wink's columns for a document, read only when a token is new to `lexemes`. */
interface SlowColumns {
  values: string[]
  types: string[]
}

/** Sentence index per token, reused across calls (a typed array is dear to make). */
let sentenceScratch = new Int32Array(256)

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
  // wink's typings model `out` loosely; each of these returns one value per token.
  const column = <T>(f: unknown): T[] => tokenItems.out(f as typeof its.value) as unknown as T[]
  const ids = column<number>(its.uniqueId)
  const spaces = column<string>(its.precedingSpaces)
  const tags = column<string>(its.pos)
  const contracted = column<boolean>(its.contractionFlag)
  let slow: SlowColumns | undefined
  const slowColumns = (): SlowColumns => {
    slow ??= { values: column<string>(its.value), types: column<string>(its.type) }
    return slow
  }
  // One token's normal form or lemma, for the few not known yet (an item per call).
  const normalAt = (i: number) =>
    tokenItems.itemAt(i).out(its.normal as typeof its.value) as string | undefined
  const lemmaAt = (i: number) =>
    tokenItems.itemAt(i).out(its.lemma as typeof its.value) as string | undefined

  const n = ids.length
  if (sentenceScratch.length < n)
    sentenceScratch = new Int32Array(Math.max(n, 2 * sentenceScratch.length))
  const sentenceOfToken = sentenceScratch
  sentenceOfToken.fill(0, 0, n)
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
  for (let i = 0; i < n; i++) {
    offset += (spaces[i] ?? '').length
    const id = ids[i] ?? -1
    let lexeme = lexemes.get(id)
    if (lexeme === undefined) {
      const cols = slowColumns()
      lexeme = { value: cols.values[i] ?? '', type: cols.types[i] ?? 'word', lemmas: [] }
      if (lexemes.size >= MEMO_LIMIT) lexemes.clear()
      lexemes.set(id, lexeme)
    }
    const { value, type } = lexeme
    const tag = tags[i] ?? 'X'
    let normal: string
    let keys: readonly string[]
    let lemma: string | undefined
    let lemmaKeys: readonly string[] | undefined
    if (contracted[i]) {
      // A contraction's normal form is its expansion ("n't" → not), not the lexeme's.
      normal = normalAt(i) ?? value.toLowerCase()
      keys = keysOf(normal)
      lemma = contractionLemma(value, tags[i] ?? '', normal, () => lemmaAt(i))
    } else {
      if (lexeme.normal === undefined || lexeme.keys === undefined) {
        lexeme.normal = normalAt(i) ?? value.toLowerCase()
        lexeme.keys = keysOf(lexeme.normal)
      }
      normal = lexeme.normal
      keys = lexeme.keys
      const lemmaTag = tags[i] ?? ''
      for (const known of lexeme.lemmas) {
        if (known.tag === lemmaTag) {
          lemma = known.lemma
          lemmaKeys = known.keys
          break
        }
      }
      if (lemma === undefined) {
        lemma = lemmaAt(i)
        if (lemma !== undefined) {
          lemmaKeys = lemmaKeysOf(lemma)
          lexeme.lemmas.push({ tag: lemmaTag, lemma, keys: lemmaKeys })
        }
      }
    }
    lemma ??= value.toLowerCase()
    tokens.push({
      value,
      normal,
      lemma,
      pos: tag,
      type,
      start: offset,
      end: offset + value.length,
      sentence: sentenceOfToken[i] ?? 0,
      index: i,
      keys,
      lemmaKeys: lemmaKeys ?? lemmaKeysOf(lemma),
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

/**
 * A contraction's lemma: wink lemmatises afresh on each request; its lemma depends
 * only on the value, its normal form (the expansion) and the POS tag.
 */
function contractionLemma(
  value: string,
  tag: string,
  normal: string,
  lemmaOfToken: () => string | undefined,
): string | undefined {
  let known = lemmaMemo.get(value)
  if (known) {
    for (const k of known) if (k.tag === tag && k.normal === normal) return k.lemma
  }
  const lemma = lemmaOfToken()
  if (lemma === undefined) return undefined
  if (lemmaMemoSize >= MEMO_LIMIT) {
    lemmaMemo.clear()
    lemmaMemoSize = 0
    known = undefined
  }
  if (known) known.push({ tag, normal, lemma })
  else lemmaMemo.set(value, [{ tag, normal, lemma }])
  lemmaMemoSize++
  return lemma
}

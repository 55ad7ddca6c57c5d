/** Keys already worked out, by normal form: answers reuse most of their words. */
const memo = new Map<string, readonly string[]>()
const MEMO_LIMIT = 50_000

/**
 * The matching keys of a token's normal form: curly apostrophes folded, the
 * contractions wink keeps whole ("i'm") expanded, hyphenated words split the
 * way wink splits most of them ("fast-paced" → fast - paced). The same array
 * is returned for the same normal form; it must not be changed.
 */
export function keysOf(normal: string): readonly string[] {
  let keys = memo.get(normal)
  if (keys === undefined) {
    keys = computeKeys(normal)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(normal, keys)
  }
  return keys
}

function computeKeys(normal: string): string[] {
  const folded = normal.replace(/’/g, "'")
  if (folded.length <= 2 || (!folded.includes("'") && !folded.includes('-'))) return [folded]
  return folded
    .replace(/'m$/, ' am')
    .replace(/'re$/, ' are')
    .replace(/'ve$/, ' have')
    .replace(/'ll$/, ' will')
    .replace(/'d$/, ' would')
    .replace(/(\w)-(?=\w)/g, '$1 - ')
    .split(' ')
    .filter(Boolean)
}

/** A lemma's key, by lemma: one array per distinct lemma, not one per token. */
const lemmaMemo = new Map<string, readonly string[]>()

/** The key the phrase matcher compares a lemma on (lower case); the same array for the same lemma. */
export function lemmaKeysOf(lemma: string): readonly string[] {
  let keys = lemmaMemo.get(lemma)
  if (keys === undefined) {
    keys = [lemma.toLowerCase()]
    if (lemmaMemo.size >= MEMO_LIMIT) lemmaMemo.clear()
    lemmaMemo.set(lemma, keys)
  }
  return keys
}

/**
 * The matching keys of a token's normal form: curly apostrophes folded, the
 * contractions wink keeps whole ("i'm") expanded, hyphenated words split the
 * way wink splits most of them ("fast-paced" → fast - paced).
 */
export function keysOf(normal: string): string[] {
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

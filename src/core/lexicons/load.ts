import { z } from 'zod'

/**
 * The one way a lexicon file becomes data: its JSON checked against its schema
 * on first use, then kept (frozen) for every later call. Each lexicon module in
 * this folder exports the function this returns; code elsewhere never imports a
 * lexicon's JSON itself, so no list reaches a rule unchecked.
 */
export function lexiconLoader<S extends z.ZodType>(
  schema: S,
  data: unknown,
): () => Readonly<z.output<S>> {
  let cached: Readonly<z.output<S>> | undefined
  return () => {
    cached ??= Object.freeze(schema.parse(data))
    return cached
  }
}

/**
 * A non-empty list of lower-case words or short phrases, as the cue lexicons hold
 * them. A leading apostrophe is allowed for the clitics the tokenizer splits off
 * ("'d" of "I'd").
 */
export const lowerCaseWords = z
  .array(
    z
      .string()
      .min(1)
      .regex(/^'?[a-z][a-z '-]*$/),
  )
  .min(1)

/**
 * A word list as the alternatives of a regular expression, in list order: each
 * entry escaped, its spaces (and hyphens, when `hyphen` is given) matched by the
 * pattern given. Code wraps it (`\b(?:…)\b`) and compiles it once.
 */
export function alternation(
  words: readonly string[],
  options: { space?: string; hyphen?: string } = {},
): string {
  const { space = ' ', hyphen = '-' } = options
  return words
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, space)
        .replace(/-/g, hyphen),
    )
    .join('|')
}

/** A word-list lexicon's shape: what it is for and where its words come from, then its lists. */
export function wordListsSchema<L extends z.ZodRawShape>(lists: L) {
  return z.object({ description: z.string().min(1), source: z.string().min(1), ...lists })
}

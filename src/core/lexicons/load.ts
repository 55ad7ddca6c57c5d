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

/** A non-empty list of lower-case words or short phrases, as the cue lexicons hold them. */
export const lowerCaseWords = z
  .array(
    z
      .string()
      .min(1)
      .regex(/^[a-z][a-z '-]*$/),
  )
  .min(1)

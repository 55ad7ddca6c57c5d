import { z } from 'zod'
import data from './compose-phrases.json' with { type: 'json' }
import { lexiconLoader } from './load.js'

const variants = z.array(z.string().min(1)).min(1)

export const composePhrasesSchema = z.object({
  description: z.string(),
  source: z.string().min(1),
  slots: z.record(z.string(), variants),
  privateWishes: z.array(z.string().min(1)).min(1),
  negativeReasons: z.array(z.string().min(1)).min(1),
  /** Words for the company spoken to: capitalised, they are not an invented name. */
  addressee: z.array(z.string().min(1)).min(1),
  /** Singular nouns a résumé bullet drops the article of ("Won award at…" → "won an award at…"). */
  countableNouns: z.array(z.string().min(1)).min(1),
})
export type ComposePhrases = z.infer<typeof composePhrasesSchema>

/** Draft templates and the cue lists of the composer (lexicons/compose-phrases.json). */
export const composePhrases = lexiconLoader(composePhrasesSchema, data)

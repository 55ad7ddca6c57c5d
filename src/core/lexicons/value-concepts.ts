import { z } from 'zod'
import { lexiconLoader } from './load.js'
import data from './value-concepts.json' with { type: 'json' }

/** One workplace value concept: the words and phrases that express it. */
export const valueConceptSchema = z.object({
  /** kebab-case id, e.g. 'collaboration'. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string().min(1),
  /** Lower-case words or phrases; hyphens and spaces both separate words when matching. */
  terms: z
    .array(
      z
        .string()
        .min(1)
        .regex(/^[a-z0-9][a-z0-9 '-]*[a-z0-9]$/, 'lower-case, no stray punctuation'),
    )
    .min(3)
    .max(20),
  note: z.string().min(1),
  source: z.string().min(1),
})
export type ValueConcept = z.infer<typeof valueConceptSchema>

export const valueConceptsSchema = z
  .array(valueConceptSchema)
  .min(1)
  .superRefine((concepts, ctx) => {
    const ids = new Set<string>()
    for (const [i, c] of concepts.entries()) {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${c.id}` })
      ids.add(c.id)
      const terms = new Set<string>()
      for (const t of c.terms) {
        if (terms.has(t))
          ctx.addIssue({ code: 'custom', path: [i, 'terms'], message: `duplicate term ${t}` })
        terms.add(t)
      }
    }
  })

/**
 * The value-concept lexicon (lexicons/value-concepts.json), validated once.
 * Concepts group words that name the same workplace value ("teamwork",
 * "together", "collaborative"), so an answer can meet a company value in its
 * own words.
 */
export const valueConcepts: () => readonly ValueConcept[] = lexiconLoader(valueConceptsSchema, data)

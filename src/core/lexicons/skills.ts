import { z } from 'zod'
import { lexiconLoader } from './load.js'
import data from './skills.json' with { type: 'json' }

const term = z
  .string()
  .min(1)
  .regex(/^[a-z0-9#.+/][a-z0-9 #.+/-]*$/, 'lower-case alias')

export const skillEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(term).min(1),
  category: z.string().min(1),
  certifications: z.array(z.string().min(1)).optional(),
})
export type SkillEntry = z.infer<typeof skillEntrySchema>

export const skillsLexiconSchema = z
  .object({
    description: z.string(),
    source: z.string().min(1),
    skills: z.array(skillEntrySchema).min(1),
  })
  .superRefine((lex, ctx) => {
    const seen = new Map<string, string>()
    for (const s of lex.skills) {
      for (const a of s.aliases) {
        const other = seen.get(a)
        if (other)
          ctx.addIssue({ code: 'custom', message: `alias '${a}' in ${other} and ${s.name}` })
        seen.set(a, s.name)
      }
    }
  })

/** Known skills with aliases and related certifications (lexicons/skills.json), validated once. */
export const skillsLexicon: () => readonly SkillEntry[] = lexiconLoader(
  skillsLexiconSchema.transform((lexicon) => lexicon.skills),
  data,
)

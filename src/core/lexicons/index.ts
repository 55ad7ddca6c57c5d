import { z } from 'zod'
import ambition from './ambition.json' with { type: 'json' }
import companyLink from './company-link.json' with { type: 'json' }
import companyVoice from './company-voice.json' with { type: 'json' }
import complaints from './complaints.json' with { type: 'json' }
import englishMarkers from './english-markers.json' with { type: 'json' }
import fields from './fields.json' with { type: 'json' }
import fillers from './fillers.json' with { type: 'json' }
import functionWords from './function-words.json' with { type: 'json' }
import hedges from './hedges.json' with { type: 'json' }
import horizons from './horizons.json' with { type: 'json' }
import moneyTitle from './money-title.json' with { type: 'json' }
import notCompanyNames from './not-company-names.json' with { type: 'json' }
import notSkills from './not-skills.json' with { type: 'json' }
import offRole from './off-role.json' with { type: 'json' }
import overlapGeneric from './overlap-generic.json' with { type: 'json' }
import roles from './roles.json' with { type: 'json' }
import signals from './signals.json' with { type: 'json' }
import starCues from './star-cues.json' with { type: 'json' }
import stockPhrases from './stock-phrases.json' with { type: 'json' }
import weakWords from './weak-words.json' with { type: 'json' }

/** One lexicon entry: a phrase in lower case, `*` for any one word. */
export const lexiconEntrySchema = z.object({
  phrase: z
    .string()
    .min(1)
    .refine((p) => p === p.toLowerCase(), 'phrases are lower case')
    .refine((p) => !/[.!?;"]/.test(p), 'no sentence punctuation in a phrase'),
  kind: z.string().optional(),
  weight: z.number().positive().optional(),
  note: z.string().optional(),
  suggestion: z.string().optional(),
})
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>

/** A lexicon file: its purpose, where its words come from, and its entries. */
export const lexiconSchema = z.object({
  description: z.string().min(1),
  source: z.string().min(1),
  entries: z.array(lexiconEntrySchema).min(1),
})
export type Lexicon = z.infer<typeof lexiconSchema>

/** Every lexicon by name, validated once when the module loads. */
export const lexicons = {
  ambition: lexiconSchema.parse(ambition),
  companyLink: lexiconSchema.parse(companyLink),
  companyVoice: lexiconSchema.parse(companyVoice),
  complaints: lexiconSchema.parse(complaints),
  englishMarkers: lexiconSchema.parse(englishMarkers),
  fields: lexiconSchema.parse(fields),
  fillers: lexiconSchema.parse(fillers),
  functionWords: lexiconSchema.parse(functionWords),
  hedges: lexiconSchema.parse(hedges),
  horizons: lexiconSchema.parse(horizons),
  moneyTitle: lexiconSchema.parse(moneyTitle),
  notCompanyNames: lexiconSchema.parse(notCompanyNames),
  notSkills: lexiconSchema.parse(notSkills),
  offRole: lexiconSchema.parse(offRole),
  overlapGeneric: lexiconSchema.parse(overlapGeneric),
  roles: lexiconSchema.parse(roles),
  signals: lexiconSchema.parse(signals),
  starCues: lexiconSchema.parse(starCues),
  stockPhrases: lexiconSchema.parse(stockPhrases),
  weakWords: lexiconSchema.parse(weakWords),
} as const
export type LexiconName = keyof typeof lexicons

/** The entries of a lexicon, optionally only those of one kind. */
export function entriesOf(name: LexiconName, kind?: string): LexiconEntry[] {
  const entries = lexicons[name].entries
  return kind === undefined ? entries : entries.filter((e) => e.kind === kind)
}

/** The phrases of a lexicon kind as a set, for single-word lookups. */
export function wordSet(name: LexiconName, kind?: string): ReadonlySet<string> {
  return new Set(entriesOf(name, kind).map((e) => e.phrase))
}

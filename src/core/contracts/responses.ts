import { z } from 'zod'
import { dossierSchema } from './dossier.js'
import { CRITERION_IDS, FLAG_IDS, QUESTION_KINDS, STRENGTH_IDS } from './report.js'

/**
 * What the core's use cases return, as zod: the HTTP API documents its responses
 * with these (src/server/openapi.ts) and its tests check replies against them.
 * The TypeScript types stay beside the code that builds each shape; these name
 * their fields and ids, and stay loose (`looseObject`) where a newer rule set may
 * add a field, so an older client still reads the reply.
 */

const spanSchema = z.tuple([z.number().int(), z.number().int()])

export const reportSchema = z.looseObject({
  score: z.number(),
  verdict: z.enum(['strong', 'solid', 'needs-work', 'weak']),
  criteria: z.array(
    z.looseObject({
      id: z.enum(CRITERION_IDS),
      score: z.number(),
      weight: z.number(),
      evidence: z.array(z.looseObject({ rule: z.string(), span: spanSchema })),
      advice: z.string(),
    }),
  ),
  flags: z.array(z.enum(FLAG_IDS)),
  strengths: z.array(z.enum(STRENGTH_IDS)),
  findings: z.array(
    z.looseObject({
      rule: z.string(),
      flag: z.enum(FLAG_IDS).optional(),
      span: spanSchema,
      message: z.string(),
    }),
  ),
  stats: z.looseObject({ words: z.number(), sentences: z.number(), seconds: z.number() }),
  unscorable: z.string().optional(),
})

export const researchResultSchema = z.object({
  dossier: dossierSchema,
  sourceText: z.string(),
  jobText: z.string(),
})

export const alignmentSchema = z.looseObject({
  matches: z.array(
    z.looseObject({
      row: z.looseObject({ kind: z.string(), text: z.string() }),
      column: z.looseObject({ kind: z.string(), text: z.string() }),
      shared: z.array(z.string()),
      why: z.string(),
      strength: z.number(),
    }),
  ),
  gaps: z.array(z.looseObject({ kind: z.enum(['requirement', 'skill']), text: z.string() })),
  talkingPoints: z.array(z.string()),
  questions: z.array(z.looseObject({ text: z.string(), from: z.string(), basis: z.string() })),
})

const placeholderSchema = z.looseObject({ slot: z.string(), text: z.string(), hint: z.string() })

export const critiquedDraftsSchema = z.looseObject({
  drafts: z.array(
    z.looseObject({
      question: z.enum(QUESTION_KINDS),
      length: z.number(),
      text: z.string(),
      words: z.number(),
      seconds: z.number(),
      placeholders: z.array(placeholderSchema),
      complete: z.boolean(),
      fits: z.boolean(),
      report: reportSchema,
    }),
  ),
  placeholders: z.array(placeholderSchema),
  notes: z.array(z.string()),
})

export const deliverySchema = z.looseObject({
  words: z.number(),
  seconds: z.number(),
  measured: z.boolean(),
  wpm: z.number(),
  pace: z.enum(['slow', 'good', 'fast']),
  fillers: z.number(),
  fillersPerMinute: z.number(),
  fillerSpans: z.array(spanSchema),
  hedges: z.number(),
  hedgeSpans: z.array(spanSchema),
  repeated: z.array(z.object({ word: z.string(), count: z.number() })),
})

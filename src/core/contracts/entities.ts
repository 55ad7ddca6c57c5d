import { z } from 'zod'
import { critiqueContextSchema } from './context.js'
import { dossierSchema, jobSchema } from './dossier.js'
import { MAX_TEXT_LENGTH } from './limits.js'
import { goalSchema, profileSchema } from './profile.js'
import { QUESTION_KINDS } from './report.js'

/**
 * What headway stores for a person, as the HTTP API sends and receives it
 * (docs/api.md). Each entity has an input schema (what a client sends to create
 * or replace it) and a stored shape (the input plus `id`, `createdAt`,
 * `updatedAt`). Ids and times are made by the server, never by the client.
 */

const text = (max: number) => z.string().trim().max(max)

/** Server-made id (a UUID today; clients treat it as an opaque string). */
export const entityIdSchema = z.string().min(1).max(64)
/** ISO 8601 date-time in UTC, e.g. `2026-11-25T19:41:39.000Z`. */
export const timestampSchema = z.iso.datetime()

const storedFields = {
  id: entityIdSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
}

/** Free-form JSON object (metrics, prep sheet content). */
export const jsonObjectSchema = z.record(z.string(), z.unknown())

/**
 * A critique Report as stored: the server makes it with `analyze`, stores it as
 * JSON and returns it unchanged. Validated loosely so reports made by an older
 * or newer rule set still load.
 */
export const storedReportSchema = z.looseObject({
  score: z.number(),
  verdict: z.enum(['strong', 'solid', 'needs-work', 'weak']),
})

// Goals: the goal document of ./profile.ts, with its milestones and progress log inside.
export const goalInputSchema = goalSchema.omit({ id: true })
export type GoalInput = z.input<typeof goalInputSchema>
export const storedGoalSchema = goalSchema.extend(storedFields)
export type StoredGoal = z.infer<typeof storedGoalSchema>

export const storedProfileSchema = profileSchema.extend({ updatedAt: timestampSchema.nullable() })
export type StoredProfile = z.infer<typeof storedProfileSchema>

// Companies: step 3, the dossier and where it came from.
export const companyInputSchema = z.object({
  name: text(200).min(1),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  dossier: dossierSchema,
  /** The page text the dossier was extracted from (source offsets point into it). */
  sourceText: z.string().max(1_000_000).optional(),
  /** The job description as pasted. */
  jobText: z.string().max(100_000).optional(),
  notes: text(20_000).optional(),
})
export type CompanyInput = z.input<typeof companyInputSchema>
export const storedCompanySchema = companyInputSchema.extend(storedFields)
export type StoredCompany = z.infer<typeof storedCompanySchema>

export const APPLICATION_STATUSES = [
  'researching',
  'applied',
  'interviewing',
  'offer',
  'rejected',
  'withdrawn',
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/** An ISO date (`2026-12-01`) or date-time with offset (`2026-12-01T14:00:00+01:00`). */
export const dateOrDateTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })])

export const applicationInputSchema = z.object({
  /** A company of the same person; optional so an application can come before its dossier. */
  companyId: entityIdSchema.optional(),
  role: text(200).min(1),
  interviewDate: dateOrDateTimeSchema.optional(),
  status: z.enum(APPLICATION_STATUSES).default('researching'),
  notes: text(20_000).optional(),
  /**
   * This role's job description, when it differs from the one in the company's
   * dossier: a second role at a company keeps the company's one dossier and
   * brings its own posting (as pasted, and as parsed).
   */
  jobText: z.string().max(100_000).optional(),
  job: jobSchema.optional(),
})
export type ApplicationInput = z.input<typeof applicationInputSchema>
export const storedApplicationSchema = applicationInputSchema.extend(storedFields)
export type StoredApplication = z.infer<typeof storedApplicationSchema>

// Answers: step 5. An answer is a question plus its saved versions.
export const answerInputSchema = z.object({
  question: z.enum(QUESTION_KINDS),
  title: text(200).min(1),
  applicationId: entityIdSchema.optional(),
})
export type AnswerInput = z.input<typeof answerInputSchema>
export const storedAnswerSchema = answerInputSchema.extend(storedFields)
export type StoredAnswer = z.infer<typeof storedAnswerSchema>

/** What a client sends to save a version: the server critiques it and stores the Report. */
export const answerVersionInputSchema = z.object({
  text: z.string().max(MAX_TEXT_LENGTH),
  context: critiqueContextSchema.optional(),
})
export type AnswerVersionInput = z.input<typeof answerVersionInputSchema>
export const storedAnswerVersionSchema = z.object({
  id: entityIdSchema,
  answerId: entityIdSchema,
  text: z.string().max(MAX_TEXT_LENGTH),
  report: storedReportSchema,
  createdAt: timestampSchema,
})
export type StoredAnswerVersion = z.infer<typeof storedAnswerVersionSchema>

// Practice questions: the person's own, the ones their interview will ask.
export const practiceQuestionInputSchema = z.object({
  text: text(500).min(1),
  /** The career-goals cousin it is critiqued as; without one it is a story prompt (STAR). */
  kind: z.enum(QUESTION_KINDS).optional(),
  /** The interview that will ask it; without one it is practised for every interview. */
  applicationId: entityIdSchema.optional(),
})
export type PracticeQuestionInput = z.input<typeof practiceQuestionInputSchema>
export const storedPracticeQuestionSchema = practiceQuestionInputSchema.extend(storedFields)
export type StoredPracticeQuestion = z.infer<typeof storedPracticeQuestionSchema>

// Practice: step 6. The server critiques the transcript (spoken, timed) in the
// context of the interview it names: its company's dossier, its role, and the
// profile's career change, as the live critique does.
export const practiceInputSchema = z.object({
  question: text(500).min(1),
  questionKind: z.enum(QUESTION_KINDS).optional(),
  /** The interview practised for. */
  applicationId: entityIdSchema.optional(),
  /** One of the person's own questions: the server takes its text and kind. */
  questionId: entityIdSchema.optional(),
  /** The question this one followed up (a follow-up the review proposed). */
  followUpOf: text(500).min(1).optional(),
  transcript: z.string().max(MAX_TEXT_LENGTH),
  /** Length of the attempt in seconds. */
  seconds: z.number().positive().max(3600),
  /** Delivery metrics measured by the client (wpm, fillers, tone...): kept as given. */
  metrics: jsonObjectSchema.default({}),
})
export type PracticeInput = z.input<typeof practiceInputSchema>
export const storedPracticeSchema = practiceInputSchema.extend({
  ...storedFields,
  report: storedReportSchema,
})
export type StoredPractice = z.infer<typeof storedPracticeSchema>

export const starStoryInputSchema = z.object({
  title: text(200).min(1),
  situation: text(5000),
  task: text(5000),
  action: text(5000),
  result: text(5000),
})
export type StarStoryInput = z.input<typeof starStoryInputSchema>
export const storedStarStorySchema = starStoryInputSchema.extend(storedFields)
export type StoredStarStory = z.infer<typeof storedStarStorySchema>

// Prep sheets: step 7, one per interview.

/**
 * One interview's prep sheet as the web app builds and shows it. Checked on the
 * way in, so every stored sheet can be shown and exported (issue 18: a sheet the
 * API accepted as free-form JSON blanked the Prep screen). Every field but the
 * title has a default, so a client may send only what it has.
 */
export const prepSheetContentSchema = z.object({
  title: text(300).min(1),
  company: text(200).default(''),
  role: text(200).default(''),
  interviewDate: z.string().max(40).optional(),
  answer: z.string().max(MAX_TEXT_LENGTH).default(''),
  score: z.number().min(0).max(100).optional(),
  talkingPoints: z.array(text(2000)).max(50).default([]),
  stories: z
    .array(
      z.object({
        title: text(200),
        situation: text(5000).default(''),
        task: text(5000).default(''),
        action: text(5000).default(''),
        result: text(5000).default(''),
      }),
    )
    .max(20)
    .default([]),
  questions: z.array(text(2000)).max(50).default([]),
  strongStart: text(2000).default(''),
  strongFinish: text(2000).default(''),
  avoid: z.array(text(500)).max(20).default([]),
})
export type PrepSheetContent = z.infer<typeof prepSheetContentSchema>

export const prepSheetInputSchema = z.object({
  applicationId: entityIdSchema,
  content: prepSheetContentSchema,
})
export type PrepSheetInput = z.input<typeof prepSheetInputSchema>
export const storedPrepSheetSchema = prepSheetInputSchema.extend(storedFields)
export type StoredPrepSheet = z.infer<typeof storedPrepSheetSchema>

/** Current version of the export document (GET /api/export, POST /api/import). */
export const EXPORT_FORMAT_VERSION = 2

/** All of one person's data as one JSON document. */
export const exportDocumentSchema = z.object({
  format: z.literal('headway-export'),
  version: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: timestampSchema,
  profile: storedProfileSchema,
  goals: z.array(storedGoalSchema),
  companies: z.array(storedCompanySchema),
  applications: z.array(storedApplicationSchema),
  answers: z.array(storedAnswerSchema.extend({ versions: z.array(storedAnswerVersionSchema) })),
  practice: z.array(storedPracticeSchema),
  /** Added within version 2: a file from before it has none. */
  questions: z.array(storedPracticeQuestionSchema).default([]),
  stories: z.array(storedStarStorySchema),
  prepSheets: z.array(storedPrepSheetSchema),
})
export type ExportDocument = z.infer<typeof exportDocumentSchema>

/** The signed-in person as GET /api/auth/me returns it. */
export const meSchema = z.object({
  mode: z.enum(['local', 'server']),
  person: z.object({ id: entityIdSchema, email: z.string().nullable() }).nullable(),
  /** Send it back in the X-CSRF-Token header on every POST, PUT, PATCH and DELETE. */
  csrfToken: z.string().nullable(),
})
export type Me = z.infer<typeof meSchema>

export const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().max(200),
})
export const passwordChangeSchema = z.object({
  currentPassword: z.string().max(200),
  newPassword: z.string().max(200),
})

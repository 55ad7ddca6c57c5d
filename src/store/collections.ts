import type { z } from 'zod'
import {
  storedAnswerSchema,
  storedAnswerVersionSchema,
  storedApplicationSchema,
  storedCompanySchema,
  storedGoalSchema,
  storedPracticeQuestionSchema,
  storedPracticeSchema,
  storedPrepSheetSchema,
  storedStarStorySchema,
} from '../core/contracts/entities.js'
import type { DocumentTableName } from './database.js'

/**
 * Each kind of per-person document: its table, its stored schema, and the one
 * reference it may hold (kept in the `parent_id` column, not in the JSON).
 */
export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** The key in the export document. */
  key: string
  table: DocumentTableName
  stored: S
  parent?: { field: string; table: DocumentTableName }
}

const spec = <S extends z.ZodType>(s: CollectionSpec<S>) => s

export const collections = {
  goals: spec({ key: 'goals', table: 'goal', stored: storedGoalSchema }),
  companies: spec({ key: 'companies', table: 'company', stored: storedCompanySchema }),
  applications: spec({
    key: 'applications',
    table: 'application',
    stored: storedApplicationSchema,
    parent: { field: 'companyId', table: 'company' },
  }),
  answers: spec({
    key: 'answers',
    table: 'answer',
    stored: storedAnswerSchema,
    parent: { field: 'applicationId', table: 'application' },
  }),
  questions: spec({
    key: 'questions',
    table: 'practice_question',
    stored: storedPracticeQuestionSchema,
    parent: { field: 'applicationId', table: 'application' },
  }),
  practice: spec({
    key: 'practice',
    table: 'practice_attempt',
    stored: storedPracticeSchema,
    parent: { field: 'applicationId', table: 'application' },
  }),
  stories: spec({ key: 'stories', table: 'star_story', stored: storedStarStorySchema }),
  prepSheets: spec({
    key: 'prepSheets',
    table: 'prep_sheet',
    stored: storedPrepSheetSchema,
    parent: { field: 'applicationId', table: 'application' },
  }),
} as const

export const answerVersions = spec({
  key: 'answerVersions',
  table: 'answer_version',
  stored: storedAnswerVersionSchema,
  parent: { field: 'answerId', table: 'answer' },
})

export type CollectionName = keyof typeof collections
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[]

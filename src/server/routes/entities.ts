import { z } from 'zod'
import {
  answerInputSchema,
  applicationInputSchema,
  companyInputSchema,
  goalInputSchema,
  practiceInputSchema,
  practiceQuestionInputSchema,
  prepSheetInputSchema,
  starStoryInputSchema,
  storedAnswerSchema,
  storedApplicationSchema,
  storedCompanySchema,
  storedGoalSchema,
  storedPracticeQuestionSchema,
  storedPracticeSchema,
  storedPrepSheetSchema,
  storedStarStorySchema,
} from '../../core/contracts/entities.js'
import type { CollectionName } from '../../store/collections.js'
import {
  createEntity,
  deleteEntity,
  getEntity,
  listEntities,
  replaceEntity,
  restoreEntity,
} from '../../store/repositories/entities.js'
import { UNDO_WINDOW_MS } from '../../store/repositories/trash.js'
import { ApiError, notFound, validationError } from '../errors.js'
import { critiquePractice } from './practice.js'
import { type Deps, defineRoute, type ExampleIds, type Route } from './route.js'

/**
 * The same seven routes for every stored collection: list, create, read, replace,
 * patch, delete, and restore (undo a delete within the window). Each collection names its input schema, its stored schema, an
 * example body, and optionally how the server completes the input (practice
 * attempts get their critique here, in their interview's context).
 */

type Content = Record<string, unknown>
/** Completes an input before it is stored; may read the owner's other objects. */
type Prepare = (content: Content, at: { deps: Deps; owner: string }) => Promise<Content>

interface EntityApi {
  name: CollectionName
  path: string
  label: string
  input: z.ZodObject
  stored: z.ZodType
  example: (ids: ExampleIds) => Content
  prepare?: Prepare
}

const sampleDossier = {
  name: 'Acme Health',
  mission: null,
  vision: null,
  values: [{ name: 'Curiosity', source: { quote: 'Curiosity', start: 0, end: 9 } }],
  culture: [],
  initiatives: [],
  products: [],
  job: null,
  warnings: [],
}

export const ENTITY_APIS: EntityApi[] = [
  {
    name: 'goals',
    path: 'goals',
    label: 'goal',
    input: goalInputSchema,
    stored: storedGoalSchema,
    example: () => ({
      text: 'Lead a payments team within five years',
      type: 'position',
      horizon: 'long',
      targetDate: '2031-01-01',
      milestones: [{ id: 'm1', text: 'Finish the AWS certification', due: '2027-06-01' }],
      progress: [{ date: '2026-11-25', percent: 10, note: 'started' }],
    }),
  },
  {
    name: 'companies',
    path: 'companies',
    label: 'company',
    input: companyInputSchema,
    stored: storedCompanySchema,
    example: () => ({
      name: 'Acme Health',
      url: 'https://acme.example/about',
      dossier: sampleDossier,
      sourceText: 'Curiosity',
      notes: 'Met them at the fair',
    }),
  },
  {
    name: 'applications',
    path: 'applications',
    label: 'application',
    input: applicationInputSchema,
    stored: storedApplicationSchema,
    example: (ids) => ({
      companyId: ids.companies,
      role: 'Backend engineer',
      interviewDate: '2026-12-03T14:00:00+01:00',
      status: 'interviewing',
    }),
  },
  {
    name: 'answers',
    path: 'answers',
    label: 'answer',
    input: answerInputSchema,
    stored: storedAnswerSchema,
    example: (ids) => ({
      question: 'career-goals',
      title: 'Acme: career goals',
      applicationId: ids.applications,
    }),
  },
  {
    name: 'questions',
    path: 'questions',
    label: 'practice question',
    input: practiceQuestionInputSchema,
    stored: storedPracticeQuestionSchema,
    example: (ids) => ({
      text: 'Why do you want to join our payments team?',
      kind: 'why-here',
      applicationId: ids.applications,
    }),
  },
  {
    name: 'practice',
    path: 'practice',
    label: 'practice attempt',
    input: practiceInputSchema,
    stored: storedPracticeSchema,
    prepare: critiquePractice,
    example: (ids) => ({
      question: 'What are your career goals?',
      questionKind: 'career-goals',
      applicationId: ids.applications,
      transcript:
        'In the next two years I want to grow into a senior backend engineer, and longer term I want to lead a payments team.',
      seconds: 12,
      metrics: { wpm: 120, fillers: 0 },
    }),
  },
  {
    name: 'stories',
    path: 'stories',
    label: 'STAR story',
    input: starStoryInputSchema,
    stored: storedStarStorySchema,
    example: () => ({
      title: 'The checkout outage',
      situation: 'Checkout failed for 5% of users.',
      task: 'Find and fix the cause before the sale.',
      action: 'I traced it to a retry storm and added backoff.',
      result: 'Errors fell to zero; the sale made a record.',
    }),
  },
  {
    name: 'prepSheets',
    path: 'prep-sheets',
    label: 'prep sheet',
    input: prepSheetInputSchema,
    stored: storedPrepSheetSchema,
    example: (ids) => ({
      applicationId: ids.applications,
      content: {
        title: 'Prep: Backend engineer at Acme',
        answer: 'In two years…',
        questions: ['Where is the team headed?'],
      },
    }),
  },
]

function entityRoutes(api: EntityApi): Route[] {
  const base = `/api/${api.path}`
  const prepare: Prepare = api.prepare ?? (async (content) => content)
  return [
    defineRoute({
      method: 'GET',
      path: base,
      summary: `List your ${api.label}s, newest first`,
      response: { status: 200, description: `${api.label}s`, schema: z.array(api.stored) },
      async handle({ c, deps, owner }) {
        return c.json(await listEntities(deps.db, api.name, owner))
      },
    }),
    defineRoute<Content>({
      method: 'POST',
      path: base,
      summary: `Create a ${api.label}`,
      body: api.input as z.ZodType<Content>,
      example: api.example,
      response: { status: 201, description: `the new ${api.label}`, schema: api.stored },
      async handle({ c, deps, owner, body, now }) {
        const made = { id: deps.newId(), now: now.toISOString() }
        const content = await prepare(body, { deps, owner })
        return c.json(await createEntity(deps.db, api.name, owner, content, made), 201)
      },
    }),
    defineRoute({
      method: 'GET',
      path: `${base}/:id`,
      summary: `Read one ${api.label}`,
      owns: api.name,
      response: { status: 200, description: api.label, schema: api.stored },
      async handle({ c, deps, owner, params }) {
        const doc = await getEntity(deps.db, api.name, owner, params.id ?? '')
        if (!doc) throw notFound(api.label)
        return c.json(doc)
      },
    }),
    defineRoute<Content>({
      method: 'PUT',
      path: `${base}/:id`,
      summary: `Replace a ${api.label}`,
      owns: api.name,
      body: api.input as z.ZodType<Content>,
      example: api.example,
      response: { status: 200, description: `the ${api.label}`, schema: api.stored },
      async handle({ c, deps, owner, params, body, now }) {
        const id = params.id ?? ''
        const content = await prepare(body, { deps, owner })
        const doc = await replaceEntity(deps.db, api.name, owner, id, content, now.toISOString())
        if (!doc) throw notFound(api.label)
        return c.json(doc)
      },
    }),
    defineRoute<Content>({
      method: 'PATCH',
      path: `${base}/:id`,
      summary: `Change some fields of a ${api.label}`,
      owns: api.name,
      body: z.record(z.string(), z.unknown()),
      docBody: api.input.partial(),
      example: api.example,
      response: { status: 200, description: `the ${api.label}`, schema: api.stored },
      async handle({ c, deps, owner, params, body, now }) {
        const id = params.id ?? ''
        const current = await getEntity(deps.db, api.name, owner, id)
        if (!current) throw notFound(api.label)
        const merged = api.input.safeParse({ ...(current as Content), ...body })
        if (!merged.success) throw validationError(merged.error, 'body')
        const content = await prepare(merged.data as Content, { deps, owner })
        const doc = await replaceEntity(deps.db, api.name, owner, id, content, now.toISOString())
        if (!doc) throw notFound(api.label)
        return c.json(doc)
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: `${base}/:id`,
      summary: `Delete a ${api.label}`,
      owns: api.name,
      response: { status: 204, description: 'deleted' },
      async handle({ c, deps, owner, params, now }) {
        const deleted = await deleteEntity(
          deps.db,
          api.name,
          owner,
          params.id ?? '',
          now.toISOString(),
        )
        if (!deleted) throw notFound(api.label)
        return c.body(null, 204)
      },
    }),
    defineRoute({
      method: 'POST',
      path: `${base}/:id/restore`,
      summary: `Undo the deletion of a ${api.label} within ${UNDO_WINDOW_MS / 60_000} minutes, with what went with it`,
      owns: api.name,
      response: { status: 200, description: `the ${api.label}, restored`, schema: api.stored },
      async handle({ c, deps, owner, params, now }) {
        const id = params.id ?? ''
        const outcome = await restoreEntity(deps.db, api.name, owner, id, now.toISOString())
        if (outcome.status === 'not-found') {
          throw new ApiError(
            'not_found',
            `no deleted ${api.label} with this id to restore (undo lasts ${UNDO_WINDOW_MS / 60_000} minutes)`,
          )
        }
        if (outcome.status === 'conflict') {
          throw new ApiError(
            'conflict',
            `cannot restore the ${api.label}: id ${outcome.id} is in use again (${outcome.table})`,
          )
        }
        const doc = await getEntity(deps.db, api.name, owner, id)
        if (!doc) throw notFound(api.label)
        return c.json(doc)
      },
    }),
  ]
}

export const entityRouteTable: Route[] = ENTITY_APIS.flatMap(entityRoutes)

import { z } from 'zod'
import { ERROR_STATUS } from './errors.js'
import { defineRoute, type ExampleIds, type Route } from './routes/route.js'

/** OpenAPI 3.1 from the route table, with JSON Schemas from the zod schemas. */

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  try {
    const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
    return rest
  } catch {
    return {}
  }
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            properties: { path: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
}

const EXAMPLE_IDS: ExampleIds = {
  goals: 'GOAL_ID',
  companies: 'COMPANY_ID',
  applications: 'APPLICATION_ID',
  answers: 'ANSWER_ID',
  questions: 'QUESTION_ID',
  practice: 'PRACTICE_ID',
  stories: 'STORY_ID',
  prepSheets: 'PREP_SHEET_ID',
  coachInvites: 'INVITE_ID',
  students: 'STUDENT_ID',
}

export function openApiDocument(routes: readonly Route[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}')
    const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    const body = route.docBody ?? route.body
    const responses: Record<string, unknown> = {
      [route.response.status]: {
        description: route.response.description,
        ...(route.response.schema
          ? {
              content: {
                'application/json': { schema: jsonSchema(route.response.schema, 'output') },
              },
            }
          : {}),
      },
      default: {
        description: 'an error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    }
    paths[path] ??= {}
    const operation: Record<string, unknown> = {
      summary: route.summary,
      security: route.access === 'person' ? [{ session: [] }] : [],
      responses,
    }
    if (params.length > 0) operation.parameters = params
    if (route.csrf) {
      operation.parameters = [
        ...((operation.parameters as unknown[]) ?? []),
        { name: 'X-CSRF-Token', in: 'header', required: true, schema: { type: 'string' } },
      ]
    }
    if (body) {
      operation.requestBody = {
        required: true,
        content: {
          'application/json': {
            schema: jsonSchema(body, 'input'),
            ...(route.example ? { example: route.example(EXAMPLE_IDS) } : {}),
          },
        },
      }
    }
    paths[path][route.method.toLowerCase()] = operation
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'headway',
      version: '0.1.0',
      description:
        'Prepare, practise and prove your answer to "What are your career goals?". See docs/api.md.',
    },
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'headway_session' },
      },
    },
  }
}

/** The shape of the document itself, so its own route documents a response like every other. */
const openApiSchema = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.looseObject({ summary: z.string() }))),
  components: z.looseObject({}),
})

/** The route table with GET /api/openapi.json, which documents the table and itself. */
export function withOpenApi(table: readonly Route[]): Route[] {
  const routes: Route[] = [
    ...table,
    defineRoute({
      method: 'GET',
      path: '/api/openapi.json',
      summary: 'This API as an OpenAPI 3.1 document',
      access: 'public',
      response: { status: 200, description: 'the OpenAPI document', schema: openApiSchema },
      async handle({ c }) {
        return c.json(openApiDocument(routes))
      },
    }),
  ]
  return routes
}

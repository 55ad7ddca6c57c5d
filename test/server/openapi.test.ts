import { describe, expect, it } from 'vitest'
import { openApiDocument, withOpenApi } from '../../src/server/openapi.js'
import { routeTable } from '../../src/server/routes/table.js'

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> }

describe('the OpenAPI document', () => {
  const routes = withOpenApi(routeTable)
  const doc = openApiDocument(routes) as { paths: Record<string, Record<string, Operation>> }

  it('gives every route that answers with a body a response schema from the contracts', () => {
    const without = routes
      .filter((r) => r.response.status !== 204 && r.response.schema === undefined)
      .map((r) => `${r.method} ${r.path}`)
    expect(routes.length).toBeGreaterThan(40)
    expect(without).toEqual([])
  })

  it('documents that schema as JSON Schema under the route’s status', () => {
    const empty = routes.flatMap((r) => {
      if (r.response.status === 204) return []
      const op = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()]
      const schema = op?.responses[r.response.status]?.content?.['application/json']?.schema
      // an empty JSON Schema is what a schema the converter could not read becomes
      return schema && Object.keys(schema).length > 0 ? [] : [`${r.method} ${r.path}`]
    })
    expect(empty).toEqual([])
  })

  it('answers 204 routes with no body schema', () => {
    const deletes = routes.filter((r) => r.response.status === 204)
    expect(deletes.length).toBeGreaterThan(0)
    expect(deletes.filter((r) => r.response.schema !== undefined)).toEqual([])
  })
})

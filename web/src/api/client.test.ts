import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, setCsrfToken } from './client.js'

const reply = (status: number, body: unknown) =>
  vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  )

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken(null)
})

describe('api client', () => {
  it('sends the CSRF token on state-changing calls and parses with the zod schema', async () => {
    const fetch = reply(201, {
      id: 's1',
      title: 'T',
      situation: 'S',
      task: 'T',
      action: 'A',
      result: 'R',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    vi.stubGlobal('fetch', fetch)
    setCsrfToken('tok')
    const story = await api.stories.create({
      title: 'T',
      situation: 'S',
      task: 'T',
      action: 'A',
      result: 'R',
    })
    expect(story.id).toBe('s1')
    const headers = fetch.mock.calls[0]?.[1]?.headers as Record<string, string> | undefined
    expect(headers?.['x-csrf-token']).toBe('tok')
  })

  it("turns the server's error into a message that says what to do", async () => {
    vi.stubGlobal(
      'fetch',
      reply(400, { error: { code: 'validation', message: 'body.role: required' } }),
    )
    const err = await api.applications.create({ role: '' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).code).toBe('validation')
    expect((err as ApiError).message).toBe(
      'body.role: required. Check the highlighted fields and try again.',
    )
  })

  it('says to check the server when it cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(api.goals.list()).rejects.toThrow(/could not reach its server.*npm start/)
  })

  it('rejects an answer of the wrong shape with a clear error instead of a blank screen', async () => {
    vi.stubGlobal('fetch', reply(200, [{ nope: true }]))
    await expect(api.goals.list()).rejects.toThrow(/unexpected answer for GET \/api\/goals/)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  StoredApplication,
  StoredCompany,
  StoredProfile,
} from '../../src/core/contracts/entities.js'
import { attemptContext } from '../../src/core/practice/context.js'
import { critiqueAttempt } from '../../src/core/practice/critique.js'
import { practiceContext } from '../../web/src/screens/Practice/context.js'
import { sampleDossier, testStores } from '../store/harness.js'
import { Client, startTestServer, type TestServer } from './harness.js'

/**
 * Practice over HTTP: the person's own questions (validation, isolation between
 * accounts) and attempts scored in their interview's context, the same one the
 * web app's live critique uses.
 */

const stores = testStores()
afterAll(() => stores.closeAll())

const PASSWORD = 'correct horse battery'
const source = { quote: 'x', start: 0, end: 1 }
const dossier = {
  ...sampleDossier,
  initiatives: [{ text: 'We are opening clinics in Ontario in 2026.', source }],
  job: {
    title: 'Data analyst',
    responsibilities: [{ text: 'Build dashboards for clinic managers', source }],
    requirements: [],
    niceToHave: [],
    skills: ['SQL', 'dbt'],
  },
}
const TRANSCRIPT =
  'In two years I want to be a senior developer, and in five years I want to lead a team of developers building payment systems.'

async function signedUp(server: TestServer, email: string): Promise<Client> {
  const client = new Client(server.url)
  const reply = await client.signup(email, PASSWORD)
  expect(reply.status, reply.text).toBe(201)
  return client
}

/** A company with a dossier, an interview for a role there, and a career change. */
async function interview(client: Client) {
  const company = await client.post('/api/companies', { name: 'Acme Health', dossier })
  const application = await client.post('/api/applications', {
    companyId: company.json.id,
    role: 'Clinic data analyst',
  })
  const profile = await client.put('/api/profile', {
    name: 'Sam',
    careerChange: { from: 'teaching', to: 'data analysis', reason: 'I love the numbers' },
  })
  expect([company.status, application.status, profile.status]).toEqual([201, 201, 200])
  return {
    company: company.json as StoredCompany,
    application: application.json as StoredApplication,
    profile: profile.json as StoredProfile,
  }
}

describe.each(stores.dialects)('practice in server mode on %s', (dialect) => {
  let server: TestServer
  let alice: Client
  let bob: Client

  beforeAll(async () => {
    server = await startTestServer(await stores.open(dialect), { mode: 'server' })
    alice = await signedUp(server, 'alice-practice@example.org')
    bob = await signedUp(server, 'bob-practice@example.org')
  })
  afterAll(() => server.close())

  it("stores the score the live critique shows, in the interview's company, role and career change", async () => {
    const target = await interview(alice)
    const question = {
      key: 'text:Why here?',
      text: 'Why do you want to work here?',
      kind: 'why-here' as const,
    }
    const reply = await alice.post('/api/practice', {
      question: question.text,
      questionKind: question.kind,
      applicationId: target.application.id,
      transcript: TRANSCRIPT,
      seconds: 9.4,
    })
    expect(reply.status, reply.text).toBe(201)
    expect(reply.json.applicationId).toBe(target.application.id)
    // What the Practice screen computes in the browser for the same attempt.
    const live = critiqueAttempt(TRANSCRIPT, practiceContext(question, target, target.profile, 9.4))
    expect(reply.json.report.score).toBe(live.score)
    expect(reply.json.report).toEqual(JSON.parse(JSON.stringify(live)))
    // The context counts: without it (as attempts were scored before) the report differs.
    const bare = critiqueAttempt(
      TRANSCRIPT,
      attemptContext('why-here', 9.4, { dossier: null }, undefined),
    )
    expect(reply.json.report).not.toEqual(JSON.parse(JSON.stringify(bare)))
    expect(reply.json.report.criteria.map((c: { id: string }) => c.id)).toEqual(
      live.criteria.map((c) => c.id),
    )
  })

  it("adds, changes and deletes the person's own questions, and refuses bad ones", async () => {
    const { application } = await interview(alice)
    const made = await alice.post('/api/questions', {
      text: '  Why clinics, after ten years of teaching?  ',
      kind: 'career-change',
      applicationId: application.id,
    })
    expect(made.status, made.text).toBe(201)
    expect(made.json).toMatchObject({
      text: 'Why clinics, after ten years of teaching?',
      kind: 'career-change',
    })
    const id = made.json.id as string
    const patched = await alice.patch(`/api/questions/${id}`, { text: 'Why clinics?' })
    expect(patched.json).toMatchObject({
      text: 'Why clinics?',
      kind: 'career-change',
      applicationId: application.id,
    })
    const list = await alice.get('/api/questions')
    expect(list.json.map((q: { id: string }) => q.id)).toContain(id)

    const bad: [unknown, string][] = [
      [{}, 'text'],
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(501) }, 'text'],
      [{ text: 'Why?', kind: 'why-not' }, 'kind'],
      [{ text: 'Why?', applicationId: '' }, 'applicationId'],
    ]
    for (const [body, path] of bad) {
      const reply = await alice.post('/api/questions', body)
      expect([reply.status, reply.json.error.code], JSON.stringify(body)).toEqual([
        400,
        'validation',
      ])
      expect(reply.json.error.issues.map((i: { path: string }) => i.path)).toContain(path)
    }
    const unknown = await alice.post('/api/questions', {
      text: 'Why?',
      applicationId: 'no-such-id',
    })
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'not_found'])

    expect((await alice.delete(`/api/questions/${id}`)).status).toBe(204)
    expect((await alice.get(`/api/questions/${id}`)).status).toBe(404)
  })

  it("scores an attempt at an own question by that question's text and kind", async () => {
    const { application } = await interview(alice)
    const own = await alice.post('/api/questions', { text: 'Tell me about your last project.' })
    const attempt = await alice.post('/api/practice', {
      question: 'What the client says does not count',
      questionKind: 'career-goals',
      questionId: own.json.id,
      applicationId: application.id,
      transcript:
        'Last year our school lost its timetable data. I was asked to rebuild it. I wrote a script that merged the exports. As a result the timetable was back in two days.',
      seconds: 12,
    })
    expect(attempt.status, attempt.text).toBe(201)
    expect(attempt.json).toMatchObject({
      question: 'Tell me about your last project.',
      questionId: own.json.id,
    })
    expect(attempt.json).not.toHaveProperty('questionKind')
    // No kind: a story prompt, scored as a STAR story.
    expect(attempt.json.report.score).toBe(attempt.json.report.story.score)
    // A follow-up keeps the question it came from.
    const followUp = await alice.post('/api/practice', {
      question: 'How will you get there?',
      questionKind: 'career-goals',
      followUpOf: 'What are your career goals?',
      transcript: 'I am taking the dbt course now and I ship one dashboard a month.',
      seconds: 6,
    })
    expect(followUp.json).toMatchObject({
      followUpOf: 'What are your career goals?',
      questionKind: 'career-goals',
    })
  })

  it("answers 404 for another person's question or interview, on every route", async () => {
    const { application } = await interview(alice)
    const own = await alice.post('/api/questions', {
      text: 'Why Acme?',
      applicationId: application.id,
    })
    const id = own.json.id as string
    const body = { text: 'Mine now' }
    for (const [method, path] of [
      ['GET', `/api/questions/${id}`],
      ['PUT', `/api/questions/${id}`],
      ['PATCH', `/api/questions/${id}`],
      ['DELETE', `/api/questions/${id}`],
    ] as const) {
      const reply = await bob.request(
        method,
        path,
        method === 'GET' || method === 'DELETE' ? {} : { body },
      )
      expect([reply.status, reply.json?.error?.code], `${method} ${path}`).toEqual([
        404,
        'not_found',
      ])
    }
    const attempt = { question: 'Why?', transcript: 'Because I like it.', seconds: 3 }
    for (const extra of [{ questionId: id }, { applicationId: application.id }]) {
      const reply = await bob.post('/api/practice', { ...attempt, ...extra })
      expect([reply.status, reply.json?.error?.code], JSON.stringify(extra)).toEqual([
        404,
        'not_found',
      ])
    }
    const onAlices = await bob.post('/api/questions', {
      text: 'Why?',
      applicationId: application.id,
    })
    expect(onAlices.status).toBe(404)
    expect((await bob.get('/api/questions')).json).toEqual([])
    // Alice's question is untouched.
    expect((await alice.get(`/api/questions/${id}`)).json).toMatchObject({ text: 'Why Acme?' })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/connect.js'
import { testStores } from '../store/harness.js'
import { Client, startTestServer, type TestServer } from './harness.js'

/**
 * What the Goals, Company and Prep screens edit after creation (issue 14): a
 * goal's words, horizon, milestones and progress; an interview's role, date and
 * its own job description; a STAR story. Each edit is validated at the edge and
 * reaches only its owner's data, on SQLite and PostgreSQL.
 */

const stores = testStores()
afterAll(() => stores.closeAll())

const dossier = {
  name: 'Lumen Health',
  mission: null,
  vision: null,
  values: [],
  culture: [],
  initiatives: [],
  products: [],
  job: null,
  warnings: [],
}
const job = {
  title: 'Analytics engineer',
  responsibilities: [{ text: 'Own the dbt models', source: { quote: 'Own', start: 0, end: 3 } }],
  requirements: [],
  niceToHave: [],
  skills: ['dbt'],
}

async function signedUp(server: TestServer, email: string): Promise<Client> {
  const client = new Client(server.url)
  expect((await client.signup(email, 'correct horse battery')).status).toBe(201)
  return client
}

describe.each(stores.dialects)('editing after creation on %s', (dialect) => {
  let server: TestServer
  let store: Store
  let ada: Client
  let bob: Client

  beforeAll(async () => {
    store = await stores.open(dialect)
    server = await startTestServer(store, { mode: 'server', trustProxy: true })
    ada = await signedUp(server, 'ada@example.org')
    bob = await signedUp(server, 'bob@example.org')
  })
  afterAll(() => server.close())

  it("edits a goal's words and horizon, and edits and deletes its milestones and progress", async () => {
    const created = await ada.post('/api/goals', {
      text: 'Lead a clinic analytics team',
      type: 'position',
      horizon: 'long',
      milestones: [
        { id: 'm1', text: 'Finish the dbt course', done: false },
        { id: 'm2', text: 'Ship the first dashboard', done: false },
      ],
      progress: [{ date: '2026-12-01', percent: 10 }],
    })
    expect(created.status).toBe(201)
    const { id, createdAt: _c, updatedAt: _u, ...goal } = created.json
    const edited = await ada.put(`/api/goals/${id}`, {
      ...goal,
      text: 'Earn the dbt certification',
      type: 'skill',
      horizon: 'short',
      milestones: [{ id: 'm1', text: 'Pass the dbt exam', due: '2027-03-31', done: false }],
      progress: [{ date: '2026-12-02', percent: 25, note: 'halfway through the course' }],
    })
    expect(edited.status, edited.text).toBe(200)
    const read = (await ada.get(`/api/goals/${id}`)).json
    expect(read).toMatchObject({
      text: 'Earn the dbt certification',
      type: 'skill',
      horizon: 'short',
      milestones: [{ id: 'm1', text: 'Pass the dbt exam', due: '2027-03-31' }],
      progress: [{ percent: 25, note: 'halfway through the course' }],
    })

    // Bad input: a clear 400 that names the field, and the stored goal is unchanged.
    for (const bad of [
      { ...goal, horizon: 'someday' },
      { ...goal, text: '   ' },
      { ...goal, milestones: [{ id: 'has space', text: 'x', done: false }] },
      { ...goal, progress: [{ date: '2026-12-02', percent: 140 }] },
    ]) {
      const reply = await ada.put(`/api/goals/${id}`, bad)
      expect(reply.status, JSON.stringify(bad)).toBe(400)
      expect(reply.json.error.message).toMatch(/horizon|text|milestones|progress/)
    }
    expect((await ada.get(`/api/goals/${id}`)).json.text).toBe('Earn the dbt certification')

    // Another person can neither read nor edit it.
    expect((await bob.get(`/api/goals/${id}`)).status).toBe(404)
    expect((await bob.put(`/api/goals/${id}`, goal)).status).toBe(404)
    expect((await ada.get(`/api/goals/${id}`)).json.horizon).toBe('short')
  })

  it("edits an interview's role and date, and keeps a second role's own job description", async () => {
    const company = (await ada.post('/api/companies', { name: 'Lumen Health', dossier })).json
    const first = await ada.post('/api/applications', {
      companyId: company.id,
      role: 'Data analyst',
      interviewDate: '2026-12-10',
    })
    const edited = await ada.put(`/api/applications/${first.json.id}`, {
      companyId: company.id,
      role: 'Clinic data analyst',
      interviewDate: '2026-12-15T14:00:00+01:00',
      status: 'interviewing',
    })
    expect(edited.status, edited.text).toBe(200)
    expect(edited.json).toMatchObject({ role: 'Clinic data analyst', status: 'interviewing' })

    const second = await ada.post('/api/applications', {
      companyId: company.id,
      role: 'Analytics engineer',
      jobText: 'Analytics engineer\n\nResponsibilities\n- Own the dbt models',
      job,
    })
    expect(second.status, second.text).toBe(201)
    expect((await ada.get(`/api/applications/${second.json.id}`)).json.job).toMatchObject({
      title: 'Analytics engineer',
      skills: ['dbt'],
    })
    const companies = (await ada.get('/api/companies')).json
    expect((companies.items ?? companies).length).toBe(1)

    for (const bad of [
      { companyId: company.id, role: 'x', interviewDate: 'next Tuesday' },
      { companyId: company.id, role: '' },
      { companyId: company.id, role: 'x', job: { title: 'no lists' } },
    ]) {
      const reply = await ada.put(`/api/applications/${first.json.id}`, bad)
      expect(reply.status, JSON.stringify(bad)).toBe(400)
    }
    // Bob cannot edit Ada's interview, nor point his own at her company.
    expect((await bob.put(`/api/applications/${first.json.id}`, { role: 'mine' })).status).toBe(404)
    const bobs = await bob.post('/api/applications', { role: 'Designer' })
    const stolen = await bob.put(`/api/applications/${bobs.json.id}`, {
      companyId: company.id,
      role: 'Designer',
    })
    expect(stolen.status).toBe(404)
    expect((await ada.get(`/api/applications/${first.json.id}`)).json.role).toBe(
      'Clinic data analyst',
    )
  })

  it('edits a STAR story, for its owner only', async () => {
    const story = {
      title: 'Cut the weekly report',
      situation: 'Reports were built by hand.',
      task: 'Automate it.',
      action: 'I wrote SQL models.',
      result: 'Four hours instead of three days.',
    }
    const created = (await ada.post('/api/stories', story)).json
    const edited = await ada.put(`/api/stories/${created.id}`, {
      ...story,
      result: 'Four hours instead of three days, every week since.',
    })
    expect(edited.status).toBe(200)
    expect((await ada.get(`/api/stories/${created.id}`)).json.result).toMatch(/every week since/)
    expect((await ada.put(`/api/stories/${created.id}`, { ...story, title: '' })).status).toBe(400)
    expect((await bob.put(`/api/stories/${created.id}`, story)).status).toBe(404)
  })
})

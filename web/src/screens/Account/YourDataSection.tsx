import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { DeletableList, type Named } from '../../components/DeletableList.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { QUESTION_LABELS } from '../../core/index.js'
import { useAsync } from '../../hooks/useAsync.js'

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : undefined)

const RESOURCES = {
  applications: api.applications,
  companies: api.companies,
  answers: api.answers,
  practice: api.practice,
  stories: api.stories,
  prepSheets: api.prepSheets,
  goals: api.goals,
} as const

/** Everything stored, by kind, so any of it can be deleted (with an undo). */
async function loadEverything() {
  const [goals, companies, applications, answers, practice, stories, sheets] = await Promise.all([
    api.goals.list(),
    api.companies.list(),
    api.applications.list(),
    api.answers.list(),
    api.practice.list(),
    api.stories.list(),
    api.prepSheets.list(),
  ])
  const companyName = (id: string | undefined) => companies.find((c) => c.id === id)?.name
  const lists: { title: string; what: string; items: Named[]; key: keyof typeof RESOURCES }[] = [
    {
      title: 'Interviews',
      what: 'interview',
      key: 'applications',
      items: applications.map((a) => ({
        id: a.id,
        name: `${a.role}${companyName(a.companyId) ? ` at ${companyName(a.companyId)}` : ''}`,
        detail: day(a.interviewDate),
      })),
    },
    {
      title: 'Companies',
      what: 'company',
      key: 'companies',
      items: companies.map((c) => ({ id: c.id, name: c.name })),
    },
    {
      title: 'Answers',
      what: 'answer',
      key: 'answers',
      items: answers.map((a) => ({ id: a.id, name: a.title, detail: QUESTION_LABELS[a.question] })),
    },
    {
      title: 'Practice attempts',
      what: 'practice attempt',
      key: 'practice',
      items: practice.map((p) => ({ id: p.id, name: p.question, detail: day(p.createdAt) })),
    },
    {
      title: 'STAR stories',
      what: 'story',
      key: 'stories',
      items: stories.map((s) => ({ id: s.id, name: s.title })),
    },
    {
      title: 'Prep sheets',
      what: 'prep sheet',
      key: 'prepSheets',
      items: sheets.map((s) => ({
        id: s.id,
        name: typeof s.content.title === 'string' ? s.content.title : 'Prep sheet',
      })),
    },
    {
      title: 'Goals',
      what: 'goal',
      key: 'goals',
      items: goals.map((g) => ({ id: g.id, name: g.text })),
    },
  ]
  return lists
}

export function YourDataSection({ version }: { version: number }) {
  const everything = useAsync(loadEverything, [version])
  return (
    <section className="card" aria-labelledby="your-data-title">
      <h2 id="your-data-title">Everything you keep here</h2>
      <p className="small muted">
        Delete anything; an “Undo” appears at the bottom of the screen. Deleting an interview
        deletes its prep sheet and unlinks its answers; the undo puts both back.
      </p>
      {everything.loading && !everything.data ? <Busy label="Loading your data…" /> : null}
      <ErrorNote error={everything.error} what="load your data" />
      {everything.data?.map((list) => (
        <DeletableList
          key={list.key}
          title={list.title}
          what={list.what}
          items={list.items}
          resource={RESOURCES[list.key]}
          changed={everything.reload}
        />
      ))}
    </section>
  )
}

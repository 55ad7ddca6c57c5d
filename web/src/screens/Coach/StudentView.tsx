import { api, type Student } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { useAsync } from '../../hooks/useAsync.js'
import { AnswersRead } from './AnswersRead.js'
import { PracticeRead } from './PracticeRead.js'
import { SheetRead } from './SheetRead.js'

/** One student's prep sheets, answers with their critique, and practice, read-only. */
export function StudentView({ student }: { student: Student }) {
  const data = useAsync(() => api.coach.student(student.id), [student.id])
  const name = student.email ?? 'this student'
  if (data.loading && !data.data) return <Busy label={`Loading ${name}’s work…`} />
  if (!data.data) return <ErrorNote error={data.error} what={`load ${name}’s work`} />
  const doc = data.data
  const application = (id: string | undefined) => doc.applications.find((a) => a.id === id)
  const company = (id: string | undefined) => doc.companies.find((c) => c.id === id)?.name
  const interview = (id: string | undefined) => {
    const a = application(id)
    return a ? `${a.role}${company(a.companyId) ? ` at ${company(a.companyId)}` : ''}` : undefined
  }
  return (
    <div data-testid="student-view">
      <h2>{name}</h2>
      <p className="small muted">Invited you on {student.invitedAt.slice(0, 10)}. Read-only.</p>
      <section aria-labelledby="sheets-title">
        <h2 id="sheets-title">Prep sheets</h2>
        {doc.prepSheets.length ? (
          doc.prepSheets.map((s) => <SheetRead key={s.id} sheet={s} />)
        ) : (
          <p className="muted">No prep sheet yet.</p>
        )}
      </section>
      <AnswersRead answers={doc.answers} interviewOf={interview} />
      <PracticeRead attempts={doc.practice} />
    </div>
  )
}

import { useId, useState } from 'react'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import {
  type PracticeQuestionInput,
  QUESTION_LABELS,
  type StoredApplication,
  type StoredCompany,
  type StoredPracticeQuestion,
} from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { interviewName, QuestionForm } from './QuestionForm.js'
import type { Questions } from './useQuestions.js'

interface Props {
  q: Questions
  applicationId: string | undefined
  applications: readonly StoredApplication[]
  companies: readonly StoredCompany[]
  /** Rehearse one of them now. */
  onPractise: (question: StoredPracticeQuestion) => void
}

/** The questions the person's interviews will ask: added, changed, deleted, practised. */
export function MyQuestions({ q, applicationId, applications, companies, onPractise }: Props) {
  const id = useId()
  const [editing, setEditing] = useState<string>()
  const [confirming, setConfirming] = useState<string>()
  const editingQuestion = q.all.find((x) => x.id === editing)
  const update = useAction(async (input: PracticeQuestionInput) => {
    if (editing) await q.change(editing, input)
  })
  const forName = (x: StoredPracticeQuestion) => {
    const a = applications.find((app) => app.id === x.applicationId)
    return a ? interviewName(a, companies) : 'every interview'
  }
  return (
    <section className="card" aria-labelledby={`${id}-h`} data-testid="my-questions">
      <h2 id={`${id}-h`}>Your questions</h2>
      <p className="small muted">
        Add the questions you expect, and practise them like the ones above. A question for one
        interview is offered only when that interview is chosen.
      </p>
      {q.list.loading ? <Busy label="Loading your questions…" /> : null}
      <ErrorNote error={q.list.error} what="load your questions" />
      {q.all.length ? (
        <ul className="own-questions">
          {q.all.map((x) => (
            <li key={x.id}>
              <strong>{x.text}</strong>{' '}
              <span className="small muted">
                ({x.kind ? `like “${QUESTION_LABELS[x.kind]}”` : 'a story'}; {forName(x)})
              </span>
              <div className="actions">
                {x.applicationId === undefined || x.applicationId === applicationId ? (
                  <button type="button" className="secondary" onClick={() => onPractise(x)}>
                    Practise<span className="sr-only"> “{x.text}”</span>
                  </button>
                ) : null}
                <button type="button" className="secondary" onClick={() => setEditing(x.id)}>
                  Edit<span className="sr-only"> “{x.text}”</span>
                </button>
                {confirming === x.id ? (
                  <>
                    <button
                      type="button"
                      onClick={() => void q.remove.run(x.id).then(() => setConfirming(undefined))}
                    >
                      Delete it: its attempts stay in the history
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setConfirming(undefined)}
                    >
                      Keep it
                    </button>
                  </>
                ) : (
                  <button type="button" className="secondary" onClick={() => setConfirming(x.id)}>
                    Delete<span className="sr-only"> “{x.text}”</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorNote error={q.remove.error} what="delete the question" />
      {editingQuestion ? (
        <QuestionForm
          key={editingQuestion.id}
          editing={editingQuestion}
          applicationId={applicationId}
          applications={applications}
          companies={companies}
          save={update}
          onDone={() => setEditing(undefined)}
        />
      ) : (
        <QuestionForm
          applicationId={applicationId}
          applications={applications}
          companies={companies}
          save={q.add}
          onDone={() => undefined}
        />
      )}
    </section>
  )
}

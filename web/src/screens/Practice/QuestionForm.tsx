import { useId, useState } from 'react'
import { ErrorNote } from '../../components/ErrorNote.js'
import {
  type PracticeQuestionInput,
  QUESTION_KINDS,
  QUESTION_LABELS,
  type QuestionKind,
  type StoredApplication,
  type StoredCompany,
  type StoredPracticeQuestion,
} from '../../core/index.js'
import type { Action } from '../../hooks/useAction.js'

export const interviewName = (a: StoredApplication, companies: readonly StoredCompany[]) =>
  `${a.role}${a.companyId ? ` at ${companies.find((c) => c.id === a.companyId)?.name ?? '?'}` : ''}`

/** The form's fields: what a question is, and which interview asks it. */
function useQuestionFields(start: StoredPracticeQuestion | undefined, applicationId?: string) {
  const [text, setText] = useState(start?.text ?? '')
  const [kind, setKind] = useState<QuestionKind | ''>(start?.kind ?? '')
  const [forId, setForId] = useState(start ? (start.applicationId ?? '') : (applicationId ?? ''))
  const input: PracticeQuestionInput = {
    text: text.trim(),
    ...(kind ? { kind } : {}),
    ...(forId ? { applicationId: forId } : {}),
  }
  return { text, setText, kind, setKind, forId, setForId, input }
}

/** Add a question of the person's own, or change one (`editing`). */
export function QuestionForm({
  editing,
  applicationId,
  applications,
  companies,
  save,
  onDone,
}: {
  editing?: StoredPracticeQuestion
  applicationId: string | undefined
  applications: readonly StoredApplication[]
  companies: readonly StoredCompany[]
  save: Action<[PracticeQuestionInput]>
  onDone: () => void
}) {
  const id = useId()
  const f = useQuestionFields(editing, applicationId)
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    if (await save.run(f.input)) {
      if (!editing) f.setText('')
      onDone()
    }
  }
  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label={editing ? 'Change your question' : 'Add a question'}
    >
      <label htmlFor={`${id}-text`}>
        {editing ? 'Your question' : 'A question your interview will ask'}
        <span className="hint">As the interviewer would put it; up to 500 characters.</span>
      </label>
      <input
        id={`${id}-text`}
        value={f.text}
        maxLength={500}
        required
        onChange={(e) => f.setText(e.target.value)}
      />
      <label htmlFor={`${id}-kind`}>Critique my answer as</label>
      <select
        id={`${id}-kind`}
        value={f.kind}
        onChange={(e) => f.setKind(e.target.value as QuestionKind | '')}
      >
        <option value="">a story (STAR: situation, task, action, result)</option>
        {QUESTION_KINDS.map((k) => (
          <option key={k} value={k}>
            an answer to “{QUESTION_LABELS[k]}”
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-for`}>Asked at</label>
      <select id={`${id}-for`} value={f.forId} onChange={(e) => f.setForId(e.target.value)}>
        <option value="">every interview</option>
        {applications.map((a) => (
          <option key={a.id} value={a.id}>
            {interviewName(a, companies)}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="submit" disabled={save.busy || !f.text.trim()}>
          {editing ? 'Save the question' : 'Add the question'}
        </button>
        {editing ? (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
      <ErrorNote error={save.error} what={editing ? 'save the question' : 'add the question'} />
    </form>
  )
}

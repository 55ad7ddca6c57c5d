import { useId, useState } from 'react'
import { api } from '../../api/client.js'
import { critiqueContext } from '../../api/context.js'
import { Busy } from '../../components/Busy.js'
import { CritiqueEditor } from '../../components/CritiqueEditor.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { pickTarget, TargetPicker } from '../../components/TargetPicker.js'
import { QUESTION_KINDS, QUESTION_LABELS, type QuestionKind } from '../../core/index.js'
import { useAsync } from '../../hooks/useAsync.js'
import { type PathData, usePathData } from '../../hooks/usePathData.js'
import { useSelection } from '../../hooks/useSelection.js'
import { ConsistencyNote } from './ConsistencyNote.js'
import { Drafts } from './Drafts.js'
import { HonestPanel, type HonestSeed } from './HonestPanel.js'
import { useConsistency } from './useConsistency.js'
import { Versions } from './Versions.js'

/** Step 5: drafts in three lengths and the editor with the live critique. */
export function AnswerScreen() {
  const data = usePathData()
  return (
    <>
      <h1 tabIndex={-1}>5. Answer</h1>
      <p className="muted">
        Start from a draft or write your own. The critique updates as you type, right here in your
        browser.
      </p>
      {data.loading ? <Busy label="Loading…" /> : null}
      <ErrorNote error={data.error} what="load your profile and companies" />
      {data.data ? <AnswerWorkspace data={data.data} /> : null}
    </>
  )
}

function AnswerWorkspace({ data }: { data: PathData }) {
  const id = useId()
  const [appId, setAppId] = useSelection('application')
  const { application, company } = pickTarget(data.companies, data.applications, appId)
  const [question, setQuestion] = useState<QuestionKind>(
    data.profile.careerChange ? 'career-change' : 'career-goals',
  )
  const [text, setText] = useState('')
  const [honestSeed, setHonestSeed] = useState<HonestSeed>()
  const context = critiqueContext(question, company, data.profile, application?.role)
  const answers = useAsync(() => api.answers.list())
  const answer = answers.data?.find(
    (a) => a.question === question && (a.applicationId ?? undefined) === application?.id,
  )
  const consistency = useConsistency(answers.data, application?.id, question, text)
  return (
    <>
      <section className="card" aria-label="What you are answering">
        <div className="grid-2">
          <TargetPicker
            companies={data.companies}
            applications={data.applications}
            value={application?.id}
            onChange={setAppId}
          />
          <div>
            <label htmlFor={`${id}-q`}>Question</label>
            <select
              id={`${id}-q`}
              value={question}
              onChange={(e) => setQuestion(e.target.value as QuestionKind)}
            >
              {QUESTION_KINDS.map((q) => (
                <option key={q} value={q}>
                  {QUESTION_LABELS[q]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>
      <Drafts
        data={data}
        question={question}
        applicationId={application?.id}
        onUse={setText}
        onHonest={(t) => setHonestSeed({ text: t, at: Date.now() })}
      />
      <HonestPanel
        role={application?.role ?? company?.dossier.job?.title}
        seed={honestSeed}
        onUse={setText}
      />
      <section className="card" aria-labelledby={`${id}-ed`}>
        <h2 id={`${id}-ed`}>Your answer</h2>
        <CritiqueEditor
          label={QUESTION_LABELS[question]}
          hint="Aim for 100 to 280 words: about one to two minutes spoken."
          value={text}
          onChange={setText}
          context={context}
        />
        <ConsistencyNote clashes={consistency.clashes} />
        <ErrorNote error={consistency.error} what="read your other answers for this interview" />
        <Versions
          key={answer?.id ?? 'none'}
          answer={answer}
          title={`${QUESTION_LABELS[question]}${application ? ` (${application.role})` : ''}`}
          question={question}
          applicationId={application?.id}
          text={text}
          context={context}
          onCreated={(a) => answers.set([a, ...(answers.data ?? [])])}
          onLoad={setText}
        />
      </section>
    </>
  )
}

import { useState } from 'react'
import { api } from '../../api/client.js'
import { Busy } from '../../components/Busy.js'
import { ErrorNote } from '../../components/ErrorNote.js'
import { pickTarget, TargetPicker } from '../../components/TargetPicker.js'
import type { StoredPractice } from '../../core/index.js'
import { useAsync } from '../../hooks/useAsync.js'
import { type PathData, usePathData } from '../../hooks/usePathData.js'
import { useSelection } from '../../hooks/useSelection.js'
import { measuredPace } from './delivery.js'
import { History } from './History.js'
import { MyQuestions } from './MyQuestions.js'
import { QuestionPicker } from './QuestionPicker.js'
import {
  BUILT_IN,
  followUpQuestion,
  historyKey,
  type PracticeQuestion,
  questionsFor,
  targetSeconds,
} from './questions.js'
import { Rehearse } from './Rehearse.js'
import { Review } from './Review.js'
import { useQuestions } from './useQuestions.js'
import { useRehearsal } from './useRehearsal.js'

/** Step 6: rehearse aloud or in writing, timed, with delivery figures and tone. */
export function PracticeScreen() {
  const data = usePathData()
  return (
    <>
      <h1 tabIndex={-1}>6. Practice</h1>
      <p className="muted">
        Pick the interview and a question, press Start, and answer aloud or by typing. Stop when you
        are done to see your pace, fillers, hedges and the critique.
      </p>
      {data.loading ? <Busy label="Loading…" /> : null}
      <ErrorNote error={data.error} what="load your profile" />
      {data.data ? <Practice data={data.data} /> : null}
    </>
  )
}

const FIRST = BUILT_IN[0] as PracticeQuestion

const currentKey = (q: PracticeQuestion) =>
  historyKey({ question: q.text, ...(q.questionId ? { questionId: q.questionId } : {}) })

/** The attempts, oldest first, and the person's pace measured over them. */
function useAttempts() {
  const history = useAsync(() => api.practice.list())
  const attempts = [...(history.data ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const paces = attempts
    .map((a) => Number((a.metrics as { wpm?: unknown }).wpm))
    .filter((w) => Number.isFinite(w) && w >= 40 && w <= 300)
  const add = (saved: StoredPractice) => history.set([saved, ...(history.data ?? [])])
  return { history, attempts, pace: measuredPace(paces), measured: paces.length, add }
}

function Practice({ data }: { data: PathData }) {
  const [appId, setAppId] = useSelection('application')
  const target = pickTarget(data.companies, data.applications, appId)
  const questions = useQuestions()
  const own = questionsFor(questions.all, target.application?.id)
  const [pickedKey, setPickedKey] = useState(FIRST.key)
  const [followUp, setFollowUp] = useState<PracticeQuestion>()
  const [focusTick, setFocusTick] = useState(0)
  const question = followUp ?? [...own, ...BUILT_IN].find((q) => q.key === pickedKey) ?? FIRST
  const { history, attempts, pace, measured, add } = useAttempts()
  const r = useRehearsal(question, target, data.profile, add)
  const seconds = targetSeconds(question)
  const pick = (key: string) => {
    setPickedKey(key)
    setFollowUp(undefined)
    r.reset()
  }
  const answerFollowUp = (text: string) => {
    if (!r.last) return
    setFollowUp(followUpQuestion(text, r.last.question))
    r.reset()
    setFocusTick((t) => t + 1)
  }

  return (
    <>
      <Rehearse r={r} target={seconds} focusTick={focusTick}>
        <TargetPicker
          companies={data.companies}
          applications={data.applications}
          value={target.application?.id}
          onChange={setAppId}
          label="Interview you are practising for"
        />
        <QuestionPicker
          question={question}
          own={own}
          onPick={pick}
          onBack={() => pick(pickedKey)}
          disabled={r.timer.running}
          pace={pace}
          measured={measured}
          target={seconds}
        />
      </Rehearse>
      {r.last ? <Review last={r.last} pace={pace} onFollowUp={answerFollowUp} /> : null}
      <History history={history} attempts={attempts} currentKey={currentKey(question)} />
      <MyQuestions
        q={questions}
        applicationId={target.application?.id}
        applications={data.applications}
        companies={data.companies}
        onPractise={(q) => {
          pick(`own:${q.id}`)
          setFocusTick((t) => t + 1)
        }}
      />
    </>
  )
}

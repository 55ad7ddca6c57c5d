import { useId } from 'react'
import { QUESTION_KINDS, wordBudget } from '../../core/index.js'
import { BUILT_IN, type PracticeQuestion } from './questions.js'

interface Props {
  question: PracticeQuestion
  own: readonly PracticeQuestion[]
  onPick: (key: string) => void
  /** Leave a follow-up for the question list. */
  onBack: () => void
  disabled: boolean
  pace: number
  /** How many attempts the pace was measured over. */
  measured: number
  target: number
}

/** Which question to rehearse, and the word budget for it at the person's pace. */
export function QuestionPicker({
  question,
  own,
  onPick,
  onBack,
  disabled,
  pace,
  measured,
  target,
}: Props) {
  const id = useId()
  return (
    <>
      {question.followUpOf ? (
        <div className="notice" data-testid="follow-up">
          <p>
            <strong>Follow-up:</strong> {question.text}
          </p>
          <p className="small muted">
            It follows “{question.followUpOf}”. Answer it in a few sentences: the interviewer wants
            the concrete step behind your answer.
          </p>
          <button type="button" className="link" onClick={onBack} disabled={disabled}>
            Back to the list of questions
          </button>
        </div>
      ) : (
        <>
          <label htmlFor={`${id}-q`}>Question</label>
          <select
            id={`${id}-q`}
            value={question.key}
            disabled={disabled}
            onChange={(e) => onPick(e.target.value)}
          >
            {own.length ? (
              <optgroup label="Your questions">
                {own.map((q) => (
                  <option key={q.key} value={q.key}>
                    {q.text}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Career goals and its cousins">
              {BUILT_IN.slice(0, QUESTION_KINDS.length).map((q) => (
                <option key={q.key} value={q.key}>
                  {q.text}
                </option>
              ))}
            </optgroup>
            <optgroup label="Other common questions (answer with STAR)">
              {BUILT_IN.slice(QUESTION_KINDS.length).map((q) => (
                <option key={q.key} value={q.key}>
                  {q.text}
                </option>
              ))}
            </optgroup>
          </select>
        </>
      )}
      {question.kind ? null : (
        <p className="small muted">
          STAR: the Situation, your Task, the Action you took, and the Result (with a number if you
          can).
        </p>
      )}
      <p className="small">
        <strong>Your word budget for this question: about {wordBudget(target, pace)} words</strong>{' '}
        ({target} seconds at {pace} words a minute
        {measured
          ? `, your pace measured over ${measured} attempt${measured > 1 ? 's' : ''}`
          : ', a typical pace until you practise aloud'}
        ). At that pace 30 s ≈ {wordBudget(30, pace)} words, 90 s ≈ {wordBudget(90, pace)}, 120 s ≈{' '}
        {wordBudget(120, pace)}.
      </p>
    </>
  )
}

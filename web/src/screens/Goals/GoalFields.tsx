import { useId } from 'react'
import { GOAL_TYPES, type GoalType, guidingQuestions } from '../../core/index.js'
import type { GoalFieldValues } from './goalEdits.js'

const TYPE_HINT: Record<GoalType, string> = {
  skill: 'a skill to build',
  position: 'a role to reach',
  industry: 'a field to work in',
  lifestyle: 'how you want to work and live',
}

interface Props {
  value: GoalFieldValues
  /** Receives only the fields that changed, so a suggestion made meanwhile is not overwritten. */
  onChange: (patch: Partial<GoalFieldValues>, touched?: 'type' | 'horizon') => void
}

/** A goal's text, type, horizon and date, with the questions that help write one of that horizon. */
export function GoalFields({ value, onChange }: Props) {
  const id = useId()
  return (
    <>
      <label htmlFor={`${id}-text`}>
        Goal
        <span className="hint">
          e.g. “Lead a data engineering team of five within three years.”
        </span>
      </label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={value.text}
        aria-describedby={`${id}-ask`}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <div id={`${id}-ask`} className="guiding small" data-testid="guiding-questions">
        <p className="muted">
          {value.horizon === 'short'
            ? 'For a short-term goal (within two years), ask yourself:'
            : 'For a long-term goal (beyond two years), ask yourself:'}
        </p>
        <ul>
          {guidingQuestions(value.horizon).map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </div>
      <div className="grid-2">
        <div>
          <label htmlFor={`${id}-type`}>Type</label>
          <select
            id={`${id}-type`}
            value={value.type}
            onChange={(e) => onChange({ type: e.target.value as GoalType }, 'type')}
          >
            {GOAL_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}: {TYPE_HINT[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-horizon`}>Horizon</label>
          <select
            id={`${id}-horizon`}
            value={value.horizon}
            onChange={(e) => onChange({ horizon: e.target.value as 'short' | 'long' }, 'horizon')}
          >
            <option value="short">Short term (within two years)</option>
            <option value="long">Long term (beyond two years)</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-date`}>Target date (optional)</label>
          <input
            id={`${id}-date`}
            type="date"
            value={value.targetDate}
            onChange={(e) => onChange({ targetDate: e.target.value })}
          />
        </div>
      </div>
    </>
  )
}

import { useEffect, useState } from 'react'
import { useCore } from '../../hooks/useCore.js'
import { type GoalFieldValues, today } from './goalEdits.js'

/**
 * Suggest a goal's type and horizon from its words until the person picks them
 * (core's suggestGoalType and suggestHorizon), and say which words the
 * suggestion came from.
 */
export function useGoalSuggestion(initial: GoalFieldValues, suggest = true) {
  const { core } = useCore()
  const [fields, setFields] = useState(initial)
  // An edit keeps what the person chose when they wrote the goal: nothing to suggest.
  const [touched, setTouched] = useState({ type: !suggest, horizon: !suggest })
  const [why, setWhy] = useState('')
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-suggest when the words or the core change
  useEffect(() => {
    const words = fields.text
    if (!core || (touched.type && touched.horizon) || !words.trim()) return
    const t = core.suggestGoalType(words)
    const h = core.suggestHorizon(words, today(), fields.targetDate || undefined, t.type)
    setFields((f) => ({
      ...f,
      ...(touched.type ? {} : { type: t.type }),
      ...(touched.horizon ? {} : { horizon: h.horizon }),
    }))
    const quoted = [...t.cues, ...(h.evidence ? [h.evidence] : [])]
    setWhy(
      `Suggested from your words${quoted.length ? ` (“${quoted.join('”, “')}”)` : ''}: change them if they are wrong.`,
    )
  }, [fields.text, core])
  // A patch merged into the latest fields: a select's handler from the render
  // before the suggestion landed would otherwise put the old type back.
  const change = (patch: Partial<GoalFieldValues>, which?: 'type' | 'horizon') => {
    if (which) setTouched((t) => ({ ...t, [which]: true }))
    setFields((f) => ({ ...f, ...patch }))
  }
  const reset = (next: GoalFieldValues) => {
    setFields(next)
    setTouched({ type: false, horizon: false })
    setWhy('')
  }
  return { fields, change, reset, why }
}

import { earnsRule, earnsRuleSchema } from '../kinds/earns.js'
import type { Rule } from '../rule.js'
import definitions from './signals.json' with { type: 'json' }

/**
 * Phrase rules that only earn: each looks up one kind of lexicons/signals.json
 * and credits one criterion and strength. The rules themselves are data
 * (signals.json); the earns kind interprets them.
 */
const byId = new Map(
  definitions.map((d) => {
    const rule = earnsRule(earnsRuleSchema.parse(d))
    return [rule.id, rule] as const
  }),
)

function signal(id: string): Rule {
  const rule = byId.get(id)
  if (!rule) throw new Error(`signals.json has no rule "${id}"`)
  return rule
}

export const contribution = signal('contribution')
export const learning = signal('learning')
export const enthusiasm = signal('enthusiasm')
export const preparation = signal('preparation')
export const switchReason = signal('switch-reason')
export const transferable = signal('transferable')

import type { StrengthId } from '../../contracts/report.js'
import { type Concrete, concreteItems } from '../concreteness.js'
import { defineRule, type Hit } from '../rule.js'

const STRENGTH: Record<Concrete['kind'], StrengthId> = {
  role: 'specific-role',
  skill: 'specific-skill',
  number: 'measurable',
  time: 'timeframe',
  term: 'specific-skill',
}
/** How many items of a kind show the strength (one named tool is a mention, two a pattern). */
const ENOUGH: Record<Concrete['kind'], number> = { role: 1, skill: 2, number: 1, time: 1, term: 3 }

export const specifics = defineRule({
  id: 'specifics',
  criterion: 'specific',
  description: 'Concrete roles, skills, tools, credentials, figures and timeframes.',
  check(doc) {
    const items = concreteItems(doc)
    const counts = new Map<Concrete['kind'], number>()
    for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1)
    return items.map(
      (item): Hit => ({
        rule: 'specifics',
        criterion: 'specific',
        effect: 'earns',
        span: item.span,
        ...((counts.get(item.kind) ?? 0) >= ENOUGH[item.kind]
          ? { strength: STRENGTH[item.kind] }
          : {}),
        actual: doc.text.slice(item.span[0], item.span[1]),
      }),
    )
  },
})

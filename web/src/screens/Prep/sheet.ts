import type { PrepSheetContent } from '../../../../src/core/contracts/entities.js'
import type { FlagId } from '../../../../src/core/contracts/report.js'

/** One interview's prep sheet, as stored in a prep sheet's `content`. */
export type Sheet = PrepSheetContent

const AVOID: Record<FlagId, string> = {
  vague:
    'Stock phrases with nothing behind them ("grow professionally"): name the skill, role or number.',
  'salary-title': 'Money, perks or a title as the reason you want the job.',
  'no-company-link': 'An answer that would fit any employer: tie it to this company and role.',
  negative: 'Complaints about past employers, bosses or jobs.',
  hedging: 'Hedges ("I guess", "maybe", "kind of"): say "I plan to".',
  'over-ambitious': "Aiming at the interviewer's job or a leap no one could make in the time.",
  unambitious: 'Sounding as if you only want a stable job.',
  'off-role': 'Plans that leave this role soon (your own business, another field).',
  rambling: 'Going past two minutes: stop after the contribution.',
  fillers: 'Fillers ("um", "like", "you know"): pause instead.',
}

/**
 * Things to avoid: the flags the chosen version's critique raised first (they
 * are this person's habits), then the red flags every answer should avoid.
 */
export function avoidList(flags: readonly FlagId[]): string[] {
  const order: FlagId[] = [...flags, 'salary-title', 'negative', 'hedging']
  return [...new Set(order)].map((f) => AVOID[f]).slice(0, 6)
}

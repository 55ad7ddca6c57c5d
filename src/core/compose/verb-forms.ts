import { Inflectors } from 'en-inflectors'

/**
 * The past tense of a verb's base form ("build" → "built", "lead" → "led",
 * "optimize" → "optimized"), from en-inflectors' irregular-verb tables and
 * its spelling rules, rather than string surgery here.
 */
export function pastTense(base: string): string {
  const lower = base.toLowerCase()
  const past = new Inflectors(lower).toPast()
  return past || `${lower}ed`
}

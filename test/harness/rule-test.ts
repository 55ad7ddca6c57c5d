import { expect, it } from 'vitest'
import type { CritiqueContext } from '../../src/core/contracts/context.js'
import type { FlagId } from '../../src/core/contracts/report.js'
import { resolveContext } from '../../src/core/critique/analyze.js'
import type { Hit, Rule } from '../../src/core/critique/rule.js'
import { readDocument } from '../../src/core/text/document.js'

export interface RuleCase {
  text: string
  context?: CritiqueContext
  /** The flag the rule must raise (invalid cases). */
  flag?: FlagId
  /** Compact costs: `"matched text"`, in order. Omit to check only the flag. */
  hits?: string[]
}

/** Run a rule and check that every hit's span lies inside the text (textlint-tester does the same). */
export function runRule(rule: Rule, text: string, context?: CritiqueContext): Hit[] {
  const hits = rule.check(readDocument(text), resolveContext(context ?? {}))
  for (const h of hits) {
    expect(h.span[0], `${h.rule} span start`).toBeGreaterThanOrEqual(0)
    expect(h.span[1], `${h.rule} span end`).toBeLessThanOrEqual(text.length)
    expect(h.span[0]).toBeLessThanOrEqual(h.span[1])
    if (h.actual !== undefined) expect(text.slice(h.span[0], h.span[1])).toBe(h.actual)
  }
  return hits
}

/**
 * textlint-tester style: `valid` texts raise no flag from the rule; each
 * `invalid` case raises its flag, and its costs match the compact list.
 */
export function ruleTest(
  rule: Rule,
  cases: { valid: Array<string | RuleCase>; invalid: RuleCase[] },
) {
  for (const c of cases.valid) {
    const { text, context } = typeof c === 'string' ? { text: c, context: undefined } : c
    it(`valid: ${text.slice(0, 60)}`, () => {
      const flagged = runRule(rule, text, context).filter((h) => h.flag)
      expect(flagged.map((h) => `${h.flag} "${text.slice(h.span[0], h.span[1])}"`)).toEqual([])
    })
  }
  for (const c of cases.invalid) {
    it(`invalid: ${c.text.slice(0, 60)}`, () => {
      const hits = runRule(rule, c.text, c.context)
      if (c.flag) expect(hits.some((h) => h.flag === c.flag)).toBe(true)
      if (c.hits) {
        const costs = hits.filter((h) => h.effect === 'costs').sort((a, b) => a.span[0] - b.span[0])
        expect(costs.map((h) => `"${c.text.slice(h.span[0], h.span[1])}"`)).toEqual(c.hits)
      }
    })
  }
}

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/core/index.js'
import { cleanPage, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../../src/io/page-text.js'
import {
  costRatio,
  flatPage,
  longRun,
  nestedPage,
  normalPage,
  normalText,
  RUN_SEPARATORS,
} from '../helpers/adversarial.js'

/**
 * Work bounded by design (issue 18): generated worst-case inputs cost at most a
 * small multiple of a normal input of the same size. The check is a ratio of CPU
 * time on this machine, best of three, not a wall-clock limit; the worst inputs
 * cost 100 to 200 times a normal one before the guards, so 10 leaves room for
 * noise. `npm run bench:adversarial` prints the same ratios.
 */
const MAX_RATIO = 10
const SIZE = 20_000

describe('the critique costs about the same whatever the shape of the answer', () => {
  const normal = normalText(SIZE)

  it('long runs without a space (lead-lead-…, a.b.c…, x+y+…)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RUN_SEPARATORS),
        fc.integer({ min: 1, max: 1000 }),
        (separator, seed) => {
          const worst = longRun(separator, SIZE, seed)
          expect(costRatio((text) => analyze(text), worst, normal)).toBeLessThan(MAX_RATIO)
        },
      ),
      { seed: 20261204, numRuns: 6 },
    )
  })

  it('one letter repeated, and the reported "lead-" × 4,000', () => {
    for (const worst of ['a'.repeat(SIZE), 'lead-'.repeat(SIZE / 5)]) {
      expect(costRatio((text) => analyze(text), worst, normal)).toBeLessThan(MAX_RATIO)
    }
  })
})

describe('cleaning a company page costs about what a normal page of the same size costs', () => {
  const fixture = readFileSync(
    new URL('../fixtures/company/values-cards/page.html', import.meta.url),
    'utf8',
  )

  it('deep and wide nesting under the depth limit (the reported 350 × 250 shape, scaled)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: MAX_HTML_DEPTH - 2 }), (depth) => {
        const worst = nestedPage(Math.ceil(60_000 / (depth * 11)), depth)
        const normal = normalPage(worst.length, fixture)
        expect(costRatio((html) => cleanPage(html), worst, normal, 2)).toBeLessThan(MAX_RATIO)
      }),
      { seed: 20261204, numRuns: 4 },
    )
  })

  it('a flat page of many elements', () => {
    const worst = flatPage(300_000)
    const normal = normalPage(worst.length, fixture)
    expect(costRatio((html) => cleanPage(html), worst, normal, 2)).toBeLessThan(MAX_RATIO)
  })

  it('refuses more elements than any page holds, with the reason', () => {
    expect(() => cleanPage(flatPage(12 * (MAX_HTML_ELEMENTS + 10)))).toThrow(
      new RegExp(
        `^the page has \\d+ elements \\(the limit is ${MAX_HTML_ELEMENTS}\\): paste its text instead$`,
      ),
    )
  })
})

import { timeCues } from '../lexicons/time-cues.js'
import type { Document } from './document.js'
import { perDocument } from './memo.js'
import { NUMBER_WORDS } from './numbers.js'
import type { Span } from './span.js'

/** Horizons also say "sixteen months", "thirty years", "half a year", "several years". */
const TIME_NUMBERS: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS,
  sixteen: 16,
  eighteen: 18,
  thirty: 30,
  half: 0.5,
  several: 4,
}
const UNIT_YEARS: Record<string, number> = {
  year: 1,
  years: 1,
  month: 1 / 12,
  months: 1 / 12,
  week: 1 / 52,
  weeks: 1 / 52,
  day: 1 / 365,
  days: 1 / 365,
  quarter: 0.25,
  quarters: 0.25,
  decade: 10,
  decades: 10,
  semester: 0.5,
}
/** Words before a duration that make it a horizon ahead ("within three years"), not the past. */
const AHEAD: ReadonlySet<string> = new Set(timeCues().ahead)
/** Words before a duration that make it past experience ("for seven years", "spent five years"). */
const PAST: ReadonlySet<string> = new Set(timeCues().past)

/** A time expression: where it is and, when it can be told, how far ahead it reaches in years. */
export interface TimeExpression {
  span: Span
  years?: number
  /** True when it points forward (a goal's horizon), false for past experience. */
  ahead: boolean
}

/** "by the second year", "in my third year": an ordinal counts the years too. */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
}

/** "first" to "tenth". */
export function isOrdinal(word: string): boolean {
  return word in ORDINALS
}

function numberValue(word: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word)
  return TIME_NUMBERS[word] ?? ORDINALS[word]
}

/**
 * UNIT_YEARS as a Map: an object read with every token's (not interned) string is a
 * string-table lookup per token. Names an object inherits ("constructor") still read
 * the object, as before.
 */
const UNITS = new Map(Object.entries(UNIT_YEARS))
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype))
function unitYears(word: string): number | undefined {
  return UNITS.get(word) ?? (INHERITED.has(word) ? UNIT_YEARS[word] : undefined)
}

/**
 * Durations and dates with their reach in years: "within three years" → 3 ahead,
 * "for seven years" → 7 in the past, "by year five" → 5 ahead, "in the first
 * six months" → 0.5 ahead, "by 2028" → a date ahead (years unknown without a clock).
 */
export const timeExpressions = perDocument(function timeExpressions(
  doc: Document,
): TimeExpression[] {
  const found: TimeExpression[] = []
  const tokens = doc.tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    const unit = unitYears(t.normal)
    if (unit !== undefined) {
      // Look back over at most four words for a number ("two and a half years", "a couple of years").
      let value: number | undefined
      let first = i
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const word = tokens[k]?.normal ?? ''
        const n = numberValue(word.replace(/-/g, ''))
        if (n !== undefined) {
          value = value === undefined ? n : Math.max(value, n) + (word === 'half' ? 0.5 : 0)
          first = k
        } else if (!['and', 'of', 'or', 'to', '-'].includes(word)) break
      }
      // "year five", "year one": the unit comes first.
      const next = tokens[i + 1]
      if (value === undefined && (t.normal === 'year' || t.normal === 'month') && next) {
        const n = numberValue(next.normal)
        if (n !== undefined) {
          found.push({ span: [t.start, next.end], years: n * unit, ahead: true })
          continue
        }
      }
      if (value === undefined) continue
      const before = tokens[first - 1]?.normal ?? ''
      const beforeTwo = tokens[first - 2]?.normal ?? ''
      const after = tokens[i + 1]?.normal ?? ''
      const past = PAST.has(before) || after === 'ago' || beforeTwo === 'last' || before === 'last'
      const ahead =
        !past && (AHEAD.has(before) || AHEAD.has(beforeTwo) || ['the', 'my'].includes(before))
      found.push({ span: [tokens[first]?.start ?? t.start, t.end], years: value * unit, ahead })
    }
  }
  for (const e of doc.entities) {
    if (e.type !== 'DATE') continue
    if (found.some((f) => f.span[0] <= e.start && f.span[1] >= e.end)) continue
    const text = doc.text.slice(e.start, e.end).toLowerCase()
    const ahead = /\b(by|next|this|in|until|within)\b/.test(text) || /\b20[3-9]\d\b/.test(text)
    found.push({ span: [e.start, e.end], ahead })
  }
  return found.sort((a, b) => a.span[0] - b.span[0])
})

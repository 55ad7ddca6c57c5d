import { WORDS_PER_MINUTE } from '../../core/index.js'

/** The person's pace: the median words a minute of their attempts, or the default pace before any. */
export function measuredPace(wpms: readonly number[]): number {
  const ok = wpms.filter((w) => w >= 40 && w <= 300).sort((a, b) => a - b)
  if (!ok.length) return WORDS_PER_MINUTE
  return ok[Math.floor(ok.length / 2)] as number
}

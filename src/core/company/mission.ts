import type { Page } from './page.js'
import { signals } from './signals.js'
import { extractStatement, type Statement } from './statement.js'

/**
 * The mission: the opening sentence of a section headed "Our mission" /
 * "Our purpose" / "Why we exist", else the first sentence phrased "our mission
 * is", "we exist to", "our purpose is" (lexicon order), else the same in the
 * JSON-LD description, else null.
 *
 * @example
 * extractMission(pageFromText('About\n\nWe exist to make payroll painless.'))?.source.via
 * // 'phrase:we-exist-to'
 */
export function extractMission(page: Page): Statement | null {
  return extractStatement(page, 'mission', signals().missionPhrases)
}

import type { Page } from './page.js'
import { signals } from './signals.js'
import { extractStatement, type Statement } from './statement.js'

/**
 * The vision: a section headed "Our vision", else a sentence phrased "our
 * vision is", "we envision", "a world where". The mission's own sentence is
 * excluded, so "Our mission is a world where…" stays the mission only.
 */
export function extractVision(page: Page, mission: Statement | null): Statement | null {
  return extractStatement(page, 'vision', signals().visionPhrases, [mission])
}

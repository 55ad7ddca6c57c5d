import type { CritiqueContext } from '../contracts/context.js'
import type { Report } from '../contracts/report.js'
import { analyze } from '../critique/analyze.js'
import { FLAG_CAP, verdictOf } from '../critique/rubric.js'

/**
 * The critique of a draft headway wrote. A typed answer with a blank is judged on its
 * content and reported as unfinished (a career-advice sample with "[company]" in it
 * can be good); a draft of ours with an unfilled slot ("[your long-term goal]") is not
 * an answer yet, so it is never called strong or solid until the slot is filled.
 */
export function critiqueDraft(text: string, context: CritiqueContext): Report {
  const report = analyze(text, context)
  const unfinished = report.findings.some((f) => f.rule === 'placeholders')
  if (!unfinished || report.score <= FLAG_CAP) return report
  return { ...report, score: FLAG_CAP, verdict: verdictOf(FLAG_CAP) }
}

import type { CritiqueContext } from '../contracts/context.js'
import type { Finding, Report } from '../contracts/report.js'
import { analyze } from '../critique/analyze.js'
import { critiqueStory, type StoryCritique } from '../critique/story.js'

export type AttemptReport = Report & { story?: StoryCritique }

/**
 * The critique of one practice attempt. A career-goals cousin is critiqued as
 * an answer; a STAR prompt ("Tell me about a time…") is scored as a story, with
 * the filler findings of the spoken critique kept beside the story's own.
 */
export function critiqueAttempt(transcript: string, context: CritiqueContext): AttemptReport {
  const report = analyze(transcript, context)
  if (context.question) return report
  const story = critiqueStory(transcript)
  const delivery = report.findings.filter((f) => f.rule === 'fillers')
  const told: Finding[] = story.findings.map(({ suggestion, ...f }) =>
    suggestion === undefined ? f : { ...f, suggestion },
  )
  return {
    ...report,
    score: story.score,
    verdict: story.verdict,
    findings: [...told, ...delivery].sort((a, b) => a.span[0] - b.span[0]),
    story,
  }
}

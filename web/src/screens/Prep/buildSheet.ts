import { getAlignment } from '../../api/alignment.js'
import { api } from '../../api/client.js'
import { critiqueContext } from '../../api/context.js'
import { roleDossier } from '../../api/roleDossier.js'
import {
  bestVersion,
  buildPrepSheet,
  type PrepSheetContent,
  type Report,
  type StoredAnswer,
  type StoredApplication,
  type StoredCompany,
  type StoredStarStory,
} from '../../core/index.js'
import { loadCore } from '../../hooks/useCore.js'
import type { PathData } from '../../hooks/usePathData.js'

/**
 * The answer a prep sheet is about: this interview's career-goals answer, else
 * its first other answer. Never another interview's: a sheet for one company
 * with the answer written for another would be worse than none.
 */
export function answerFor(
  answers: readonly StoredAnswer[],
  application: StoredApplication,
): StoredAnswer | undefined {
  const mine = answers.filter((a) => a.applicationId === application.id)
  return mine.find((a) => a.question === 'career-goals') ?? mine[0]
}

const isFullReport = (r: unknown): r is Report =>
  typeof r === 'object' &&
  r !== null &&
  Array.isArray((r as Report).criteria) &&
  Array.isArray((r as Report).findings)

/** Gather one interview's prep sheet: its best answer, alignment, stories and what to avoid. */
export async function buildSheet(
  data: PathData,
  application: StoredApplication,
  listed: StoredCompany | undefined,
  stories: readonly StoredStarStory[],
): Promise<PrepSheetContent> {
  const company = roleDossier(listed, application)
  const [answers, goals, core] = await Promise.all([
    api.answers.list(),
    api.goals.list(),
    loadCore(),
  ])
  const answer = answerFor(answers, application)
  const best = answer ? bestVersion(await api.answers.versions(answer.id)) : undefined
  const al = company
    ? await getAlignment(data.profile, goals, company)
    : { talkingPoints: [], questions: [] }
  const text = best?.text.trim() ? best.text : ''
  let report: Report | undefined
  if (best && text) {
    // Stored reports are read loosely; one made by an older version is critiqued again.
    report = isFullReport(best.report)
      ? best.report
      : core.analyze(
          text,
          critiqueContext(
            answer?.question ?? 'career-goals',
            company,
            data.profile,
            application.role,
          ),
        )
  }
  // One sheet builder for the web app and `headway prep` (core/compose/prep-sheet.ts).
  return buildPrepSheet({
    role: application.role,
    company: company?.name ?? '',
    interviewDate: application.interviewDate ?? undefined,
    answer: report ? { text, report } : undefined,
    talkingPoints: al.talkingPoints,
    questions: al.questions,
    stories,
  })
}

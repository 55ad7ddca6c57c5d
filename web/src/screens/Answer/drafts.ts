import type { QuestionKind, Report } from '../../../../src/core/contracts/report.js'
import { api } from '../../api/client.js'
import { loadCore } from '../../hooks/useCore.js'
import type { PathData } from '../../hooks/usePathData.js'

export interface Draft {
  length: number
  text: string
  seconds: number
  report: Report
}

/**
 * Drafts in three lengths for one question, composed in the browser by the
 * core from the profile, goals and dossier, each with its critique.
 */
export async function requestDrafts(
  data: PathData,
  question: QuestionKind,
  applicationId: string | undefined,
): Promise<{ drafts: Draft[]; placeholders: string[]; notes: string[] }> {
  const application = data.applications.find((a) => a.id === applicationId)
  const company = data.companies.find((c) => c.id === application?.companyId)
  const [core, goals] = await Promise.all([loadCore(), api.goals.list()])
  const { updatedAt: _u, ...profile } = data.profile
  const dossier = company?.dossier ?? null
  const result = core.composeDrafts({ profile, goals, dossier })
  // The composer writes career-goals drafts (and career-change ones in that mode); the
  // other cousins of the question reuse the career-goals drafts.
  const mine = result.drafts.filter((d) => d.question === question)
  const chosen = mine.length ? mine : result.drafts.filter((d) => d.question === 'career-goals')
  const context = core.critiqueContextFor(dossier, question, profile)
  return {
    drafts: chosen.map((d) => ({
      length: d.length,
      text: d.text,
      seconds: d.seconds,
      report: core.analyze(d.text, context),
    })),
    placeholders: [...new Set(result.placeholders.map((p) => `${p.text}: ${p.hint}`))],
    notes: result.notes,
  }
}

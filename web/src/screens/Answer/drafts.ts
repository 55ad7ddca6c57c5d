import { api } from '../../api/client.js'
import type { QuestionKind, Report } from '../../core/index.js'
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
  // Each question has drafts of its own (five-years leads with the path, why-here with what
  // draws the person); a career-change draft without a career change reads as career goals.
  const result = core.draftAndCritique({ profile, goals, dossier, questions: [question] })
  return {
    drafts: result.drafts.map((d) => ({
      length: d.length,
      text: d.text,
      seconds: d.seconds,
      report: d.report,
    })),
    placeholders: [...new Set(result.placeholders.map((p) => `${p.text}: ${p.hint}`))],
    notes: result.notes,
  }
}

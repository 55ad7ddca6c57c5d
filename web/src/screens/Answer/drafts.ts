import type { QuestionKind, Report } from '../../../../src/core/contracts/report.js'
import { api } from '../../api/client.js'
import type { PathData } from '../../hooks/usePathData.js'

export interface Draft {
  length: number
  text: string
  seconds?: number
  report?: Report
}

/** Ask the server for drafts in three lengths (POST /api/draft). */
export async function requestDrafts(
  data: PathData,
  question: QuestionKind,
  applicationId: string | undefined,
): Promise<{ drafts: Draft[]; placeholders: string[] }> {
  const application = data.applications.find((a) => a.id === applicationId)
  const company = data.companies.find((c) => c.id === application?.companyId)
  const goals = await api.goals.list()
  const { updatedAt: _u, ...profile } = data.profile
  const r = await api.post<{ drafts: Draft[]; placeholders?: string[] }>('/api/draft', {
    question,
    profile,
    goals: goals.map(({ id, text, type, horizon, targetDate }) => ({
      id,
      text,
      type,
      horizon,
      ...(targetDate ? { targetDate } : {}),
    })),
    ...(company ? { dossier: company.dossier } : {}),
    ...(application ? { role: application.role } : {}),
  })
  return { drafts: r.drafts, placeholders: r.placeholders ?? [] }
}

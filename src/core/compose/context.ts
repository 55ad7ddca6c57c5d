import type { CritiqueContext } from '../contracts/context.js'
import type { Dossier } from '../contracts/dossier.js'
import type { Profile } from '../contracts/profile.js'
import type { QuestionKind } from '../contracts/report.js'

const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s)

/**
 * What an interview adds to its dossier: the company's name as the person saved
 * it (a dossier may have none) and the role of the interview, which wins over
 * the job description's title.
 */
export interface InterviewTarget {
  companyName?: string | undefined
  role?: string | undefined
}

/**
 * The critique context for an answer: the question, the dossier's company and
 * role, and the career change when the profile has one. Lists are capped at the
 * context schema's limits, so a big dossier still validates. The one builder for
 * the web app's live critique, the server's stored scores and the CLI's drafts,
 * so a score does not change with where it was computed.
 */
export function critiqueContextFor(
  dossier: Dossier | null,
  question: QuestionKind,
  profile?: Profile,
  target: InterviewTarget = {},
): CritiqueContext {
  const ctx: CritiqueContext = { question }
  if (dossier) {
    const company: NonNullable<CritiqueContext['company']> = {}
    const name = dossier.name ?? target.companyName ?? dossier.job?.company
    if (name) company.name = cap(name, 200)
    if (dossier.mission) company.mission = cap(dossier.mission.text, 2000)
    if (dossier.values.length > 0) {
      company.values = dossier.values
        .slice(0, 50)
        .map((v) =>
          v.description
            ? { name: cap(v.name, 200), description: cap(v.description, 1000) }
            : { name: cap(v.name, 200) },
        )
    }
    if (dossier.products.length > 0)
      company.products = dossier.products.slice(0, 50).map((p) => cap(p.name, 200))
    if (dossier.initiatives.length > 0)
      company.initiatives = dossier.initiatives.slice(0, 50).map((i) => cap(i.text, 1000))
    if (Object.keys(company).length > 0) ctx.company = company
  }
  const job = dossier?.job
  const title = target.role ?? job?.title
  if (title || job) {
    const role: NonNullable<CritiqueContext['role']> = {}
    if (title) role.title = cap(title, 200)
    if (job && job.responsibilities.length > 0)
      role.duties = job.responsibilities.slice(0, 50).map((r) => cap(r.text, 1000))
    if (job && job.skills.length > 0) role.skills = job.skills.slice(0, 100).map((s) => cap(s, 200))
    ctx.role = role
  }
  if (profile?.careerChange)
    ctx.careerChange = {
      from: cap(profile.careerChange.from, 200),
      to: cap(profile.careerChange.to, 200),
    }
  return ctx
}

import type { CritiqueContext } from '../contracts/context.js'
import type { Dossier } from '../contracts/dossier.js'
import type { Profile } from '../contracts/profile.js'
import type { QuestionKind } from '../contracts/report.js'

const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s)

/**
 * The critique context for a draft: the question, the dossier's company and role,
 * and the career change when the profile has one. Lists are capped at the
 * context schema's limits, so a big dossier still validates.
 */
export function critiqueContextFor(
  dossier: Dossier | null,
  question: QuestionKind,
  profile?: Profile,
): CritiqueContext {
  const ctx: CritiqueContext = { question }
  if (dossier) {
    const company: NonNullable<CritiqueContext['company']> = {}
    const name = dossier.name ?? dossier.job?.company
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
    if (dossier.job) {
      const role: NonNullable<CritiqueContext['role']> = { title: cap(dossier.job.title, 200) }
      if (dossier.job.responsibilities.length > 0)
        role.duties = dossier.job.responsibilities.slice(0, 50).map((r) => cap(r.text, 1000))
      if (dossier.job.skills.length > 0)
        role.skills = dossier.job.skills.slice(0, 100).map((s) => cap(s, 200))
      ctx.role = role
    }
  }
  if (profile?.careerChange)
    ctx.careerChange = {
      from: cap(profile.careerChange.from, 200),
      to: cap(profile.careerChange.to, 200),
    }
  return ctx
}

import { type CritiqueContext, CONTEXT_LIMITS as L } from '../contracts/context.js'
import type { Dossier } from '../contracts/dossier.js'
import type { Profile } from '../contracts/profile.js'
import type { QuestionKind } from '../contracts/report.js'

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s)

/** What else the context needs besides the dossier. */
export interface ContextOptions {
  question?: QuestionKind
  /** A career-change profile adds the change (from, to) to the context. */
  profile?: Profile | undefined
  /** The company's name as the person saved it, for a dossier that has none. */
  companyName?: string | undefined
  /** The interview's role title, which wins over the job description's. */
  role?: string | undefined
}

/**
 * The critique context from a dossier: the company and the role, and the
 * question and career change when given. Empty lists are left out (no company
 * fact is not a company to link to) and every string and list is clipped to the
 * context schema's limits, so a big dossier still validates. The one mapping the
 * CLI, the server, the web app and the drafts all use.
 */
export function dossierToContext(
  dossier: Dossier | null,
  options: ContextOptions = {},
): CritiqueContext {
  const context: CritiqueContext = {}
  if (options.question) context.question = options.question
  if (dossier) {
    const company: NonNullable<CritiqueContext['company']> = {}
    const name = dossier.name ?? options.companyName ?? dossier.job?.company
    if (name) company.name = clip(name, L.name)
    if (dossier.mission) company.mission = clip(dossier.mission.text, L.mission)
    if (dossier.values.length > 0)
      company.values = dossier.values.slice(0, L.values).map((v) =>
        v.description === undefined
          ? { name: clip(v.name, L.valueName) }
          : {
              name: clip(v.name, L.valueName),
              description: clip(v.description, L.valueDescription),
            },
      )
    if (dossier.products.length > 0)
      company.products = dossier.products.slice(0, L.products).map((p) => clip(p.name, L.product))
    if (dossier.initiatives.length > 0)
      company.initiatives = dossier.initiatives
        .slice(0, L.initiatives)
        .map((i) => clip(i.text, L.initiative))
    if (Object.keys(company).length > 0) context.company = company
    const job = dossier.job
    const title = options.role ?? job?.title
    if (title || job) {
      const role: NonNullable<CritiqueContext['role']> = {}
      if (title) role.title = clip(title, L.title)
      if (job && job.responsibilities.length > 0)
        role.duties = job.responsibilities.slice(0, L.duties).map((r) => clip(r.text, L.duty))
      if (job && job.skills.length > 0)
        role.skills = job.skills.slice(0, L.skills).map((s) => clip(s, L.skill))
      context.role = role
    }
  }
  const change = options.profile?.careerChange
  if (change)
    context.careerChange = {
      from: clip(change.from, L.careerField),
      to: clip(change.to, L.careerField),
    }
  return context
}

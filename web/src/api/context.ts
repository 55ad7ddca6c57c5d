import type { CritiqueContext } from '../../../src/core/contracts/context.js'
import type { StoredCompany } from '../../../src/core/contracts/entities.js'
import type { Profile } from '../../../src/core/contracts/profile.js'
import type { QuestionKind } from '../../../src/core/contracts/report.js'

const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s)

/**
 * The critique context for an answer: the question, what the dossier knows
 * about the company and role, and career-change mode from the profile. Values
 * are trimmed to the context schema's limits so a long dossier never fails it.
 */
export function critiqueContext(
  question: QuestionKind,
  company: StoredCompany | undefined,
  profile: Profile | undefined,
  role?: string,
): CritiqueContext {
  const d = company?.dossier
  const ctx: CritiqueContext = { question }
  if (company && d) {
    const name = d.name ?? company.name
    ctx.company = {
      name: cap(name, 200),
      ...(d.mission ? { mission: cap(d.mission.text, 2000) } : {}),
      values: d.values.slice(0, 50).map((v) => ({
        name: cap(v.name, 200),
        ...(v.description ? { description: cap(v.description, 1000) } : {}),
      })),
      products: d.products.slice(0, 50).map((p) => cap(p.name, 200)),
      initiatives: d.initiatives.slice(0, 50).map((i) => cap(i.text, 1000)),
    }
  }
  const title = role ?? d?.job?.title
  if (title || d?.job) {
    ctx.role = {
      ...(title ? { title: cap(title, 200) } : {}),
      duties: (d?.job?.responsibilities ?? []).slice(0, 50).map((r) => cap(r.text, 1000)),
      skills: (d?.job?.skills ?? []).slice(0, 100).map((s) => cap(s, 200)),
    }
  }
  const change = profile?.careerChange
  if (change) ctx.careerChange = { from: cap(change.from, 200), to: cap(change.to, 200) }
  return ctx
}

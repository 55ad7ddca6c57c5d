import type { StoredApplication, StoredCompany } from '../core/index.js'

/**
 * The company as one interview sees it: its one dossier, with this role's own
 * job description in place of the dossier's when the role brought one (a
 * second role at a company reuses the dossier but not the first role's posting).
 */
export function roleDossier(
  company: StoredCompany | undefined,
  application: StoredApplication | undefined,
): StoredCompany | undefined {
  if (!company || !application?.job) return company
  return { ...company, dossier: { ...company.dossier, job: application.job } }
}

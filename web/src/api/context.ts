import { dossierToContext } from '../../../src/core/company/context.js'
import type { CritiqueContext } from '../../../src/core/contracts/context.js'
import type { StoredCompany } from '../../../src/core/contracts/entities.js'
import type { Profile } from '../../../src/core/contracts/profile.js'
import type { QuestionKind } from '../../../src/core/contracts/report.js'

/**
 * The critique context for an answer to one interview: the core's builder (the
 * one the server scores stored attempts with), fed from what the web app holds.
 */
export function critiqueContext(
  question: QuestionKind,
  company: StoredCompany | undefined,
  profile: Profile | undefined,
  role?: string,
): CritiqueContext {
  return dossierToContext(company?.dossier ?? null, {
    question,
    profile,
    companyName: company?.name,
    role,
  })
}

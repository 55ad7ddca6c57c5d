import {
  type CritiqueContext,
  dossierToContext,
  type Profile,
  type QuestionKind,
  type StoredCompany,
} from '../core/index.js'

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

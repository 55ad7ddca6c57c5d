import {
  attemptContext,
  type CritiqueContext,
  type Profile,
  type StoredApplication,
  type StoredCompany,
} from '../../core/index.js'
import type { PracticeQuestion } from './questions.js'

/** The interview practised for, as the picker chose it. */
export interface Target {
  application: StoredApplication | undefined
  company: StoredCompany | undefined
}

/**
 * The live critique's context for an attempt: the core builder the server
 * scores the stored attempt with, fed from what this screen holds, so the score
 * shown at once and the one in the history agree.
 */
export function practiceContext(
  question: PracticeQuestion,
  { application, company }: Target,
  profile: Profile | undefined,
  seconds: number | undefined,
): CritiqueContext {
  return attemptContext(
    question.kind,
    seconds,
    { dossier: company?.dossier ?? null, companyName: company?.name, role: application?.role },
    profile,
  )
}

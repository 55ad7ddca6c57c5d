import type { CritiqueContext } from '../../../../src/core/contracts/context.js'
import type { StoredApplication, StoredCompany } from '../../../../src/core/contracts/entities.js'
import type { Profile } from '../../../../src/core/contracts/profile.js'
import { attemptContext } from '../../../../src/core/practice/context.js'
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

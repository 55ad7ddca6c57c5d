import { dossierToContext } from '../company/context.js'
import type { CritiqueContext } from '../contracts/context.js'
import type { Dossier } from '../contracts/dossier.js'
import type { Profile } from '../contracts/profile.js'
import type { QuestionKind } from '../contracts/report.js'

/** The interview an attempt is practised for: its dossier, company name and role. */
export interface AttemptTarget {
  dossier: Dossier | null
  companyName?: string | undefined
  role?: string | undefined
}

/** Longest attempt the context accepts, in seconds (critiqueContextSchema). */
const MAX_SECONDS = 3600

/**
 * The context a practice attempt is critiqued with: the interview's company and
 * role and the profile's career change (the same builder as every answer), as a
 * spoken transcript of the measured length. A prompt with no career-goals kind
 * is a story prompt; its context still carries the company, for the fillers.
 */
export function attemptContext(
  kind: QuestionKind | undefined,
  seconds: number | undefined,
  target: AttemptTarget,
  profile: Profile | undefined,
): CritiqueContext {
  const { dossier, companyName, role } = target
  const ctx = dossierToContext(dossier, {
    question: kind ?? 'career-goals',
    profile,
    companyName,
    role,
  })
  if (!kind) delete ctx.question
  return {
    ...ctx,
    spoken: true,
    ...(seconds ? { seconds: Math.max(1, Math.min(MAX_SECONDS, seconds)) } : {}),
  }
}

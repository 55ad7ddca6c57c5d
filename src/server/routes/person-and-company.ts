import { z } from 'zod'
import { type Dossier, dossierSchema } from '../../core/contracts/dossier.js'
import { entityIdSchema } from '../../core/contracts/entities.js'
import { type Goal, goalSchema, type Profile, profileSchema } from '../../core/contracts/profile.js'
import { getEntity, listEntities } from '../../store/repositories/entities.js'
import { getProfile } from '../../store/repositories/profile.js'
import { notFound } from '../errors.js'
import type { Deps } from './route.js'

/**
 * What align and draft work from: the company (a stored one by id, or a dossier),
 * and the person's profile and goals (the stored ones unless given).
 */
export const personAndCompany = z
  .object({
    companyId: entityIdSchema.optional(),
    dossier: dossierSchema.optional(),
    profile: profileSchema.optional(),
    goals: z.array(goalSchema).max(100).optional(),
  })
  .refine((b) => (b.companyId === undefined) !== (b.dossier === undefined), {
    message: 'give exactly one of companyId and dossier',
  })
export type PersonAndCompany = z.infer<typeof personAndCompany>

/** The profile, goals and dossier a body names, read from the store where it gives an id or nothing. */
export async function gather(
  deps: Deps,
  owner: string,
  body: PersonAndCompany,
): Promise<{ profile: Profile; goals: Goal[]; dossier: Dossier }> {
  let dossier = body.dossier
  if (body.companyId !== undefined) {
    const company = await getEntity(deps.db, 'companies', owner, body.companyId)
    if (!company) throw notFound('company')
    dossier = company.dossier
  }
  const { updatedAt: _u, ...stored } = body.profile
    ? { ...body.profile, updatedAt: null }
    : await getProfile(deps.db, owner)
  const goals = body.goals ?? (await listEntities(deps.db, 'goals', owner))
  return { profile: stored, goals, dossier: dossier as Dossier }
}

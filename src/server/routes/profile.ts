import { storedProfileSchema } from '../../core/contracts/entities.js'
import { type Profile, profileSchema } from '../../core/contracts/profile.js'
import { getProfile, putProfile } from '../../store/repositories/profile.js'
import { defineRoute } from './route.js'

/** The self-assessment: one document per person. */
export const profileRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/profile',
    summary: 'Read your profile (empty, with updatedAt null, before the first save)',
    response: { status: 200, description: 'the profile', schema: storedProfileSchema },
    async handle({ c, deps, owner }) {
      return c.json(await getProfile(deps.db, owner))
    },
  }),
  defineRoute<Profile>({
    method: 'PUT',
    path: '/api/profile',
    summary: 'Save your profile (whole document)',
    body: profileSchema,
    example: () => ({
      name: 'Ada',
      currentRole: 'Support engineer',
      passions: ['making hard things simple'],
      skills: [{ name: 'SQL', status: 'have', level: 'advanced' }],
      values: ['craft'],
      aspirations: ['lead a platform team'],
    }),
    response: { status: 200, description: 'the saved profile', schema: storedProfileSchema },
    async handle({ c, deps, owner, body, now }) {
      return c.json(await putProfile(deps.db, owner, body, now.toISOString()))
    },
  }),
]

import { accountRoutes } from './account.js'
import { answerVersionRoutes } from './answers.js'
import { authRoutes } from './auth.js'
import { coachRoutes } from './coach.js'
import { coreRoutes } from './core.js'
import { entityRouteTable } from './entities.js'
import { profileRoutes } from './profile.js'
import type { Route } from './route.js'
import { serviceRoutes } from './service.js'

/** Every route of the API (docs/api.md). GET /api/openapi.json is added by app.ts. */
export const routeTable: readonly Route[] = Object.freeze([
  ...serviceRoutes,
  ...authRoutes,
  ...coreRoutes,
  ...profileRoutes,
  ...entityRouteTable,
  ...answerVersionRoutes,
  ...accountRoutes,
  ...coachRoutes,
])

import { accountRoutes } from './account.js'
import { alignRoutes } from './align.js'
import { analyzeRoutes } from './analyze.js'
import { answerVersionRoutes } from './answers.js'
import { authRoutes } from './auth.js'
import { coachRoutes } from './coach.js'
import { draftRoutes } from './draft.js'
import { entityRouteTable } from './entities.js'
import { practiceRoutes } from './practice.js'
import { profileRoutes } from './profile.js'
import { researchRoutes } from './research.js'
import type { Route } from './route.js'
import { serviceRoutes } from './service.js'

/** Every route of the API (docs/api.md). GET /api/openapi.json is added by app.ts. */
export const routeTable: readonly Route[] = Object.freeze([
  ...serviceRoutes,
  ...authRoutes,
  ...analyzeRoutes,
  ...researchRoutes,
  ...alignRoutes,
  ...draftRoutes,
  ...practiceRoutes,
  ...profileRoutes,
  ...entityRouteTable,
  ...answerVersionRoutes,
  ...accountRoutes,
  ...coachRoutes,
])

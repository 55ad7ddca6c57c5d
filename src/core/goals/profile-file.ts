import { z } from 'zod'
import {
  GOAL_TYPES,
  type Goal,
  milestoneSchema,
  type Profile,
  profileSchema,
  progressEntrySchema,
} from '../contracts/profile.js'
import { completeGoal } from './model.js'

/** A goal as a person writes it in a profile file: only id and text are required. */
export const goalInputSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().trim().min(1).max(1000),
  type: z.enum(GOAL_TYPES).optional(),
  horizon: z.enum(['short', 'long']).optional(),
  targetDate: z.iso.date().optional(),
  milestones: z.array(milestoneSchema).max(100).default([]),
  progress: z.array(progressEntrySchema).max(1000).default([]),
})

/** The profile file of the CLI and fixtures: `{ profile, goals }`. */
export const profileFileSchema = z.object({
  profile: profileSchema,
  goals: z.array(goalInputSchema).max(50).default([]),
})

/**
 * Read a parsed profile file (`{ profile, goals }`, or a bare profile), filling
 * each goal's type and horizon with suggestions where the person left them out.
 * Throws the zod error for the caller to translate.
 */
export function readProfileFile(json: unknown, today: string): { profile: Profile; goals: Goal[] } {
  const shaped =
    json && typeof json === 'object' && !('profile' in json) ? { profile: json, goals: [] } : json
  const file = profileFileSchema.parse(shaped)
  const goals = file.goals.map((g) => {
    const draft: Parameters<typeof completeGoal>[0] = {
      id: g.id,
      text: g.text,
      milestones: g.milestones,
      progress: g.progress,
    }
    if (g.type) draft.type = g.type
    if (g.horizon) draft.horizon = g.horizon
    if (g.targetDate) draft.targetDate = g.targetDate
    return completeGoal(draft, today)
  })
  return { profile: file.profile, goals }
}

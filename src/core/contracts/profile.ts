import { z } from 'zod'

const text = (max: number) => z.string().trim().max(max)

export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const

export const skillSchema = z.object({
  name: text(120).min(1),
  level: z.enum(SKILL_LEVELS).optional(),
  /** 'have': already has it; 'want': wants to build it. */
  status: z.enum(['have', 'want']),
})
export type Skill = z.infer<typeof skillSchema>

export const admiredPersonSchema = z.object({ name: text(120).min(1), why: text(1000).optional() })

export const careerChangeSchema = z.object({
  from: text(200).min(1),
  to: text(200).min(1),
  reason: text(2000).optional(),
  transferableSkills: z.array(text(200)).max(50).default([]),
  /** Courses, certifications, side projects: anything that shows commitment. */
  preparation: z.array(text(300)).max(50).default([]),
})
export type CareerChange = z.infer<typeof careerChangeSchema>

/** Step 1 of the path: the self-assessment. */
export const profileSchema = z.object({
  name: text(120).optional(),
  currentRole: text(200).optional(),
  passions: z.array(text(300)).max(50).default([]),
  skills: z.array(skillSchema).max(200).default([]),
  values: z.array(text(200)).max(50).default([]),
  /** Where they want to be in five to ten years, in their own words. */
  aspirations: z.array(text(1000)).max(20).default([]),
  resources: z.array(text(300)).max(50).default([]),
  admired: z.array(admiredPersonSchema).max(20).default([]),
  experience: z
    .array(
      z.object({
        role: text(200),
        organization: text(200).optional(),
        summary: text(2000).optional(),
        highlights: z.array(text(500)).max(20).default([]),
      }),
    )
    .max(50)
    .default([]),
  careerChange: careerChangeSchema.optional(),
})
export type Profile = z.infer<typeof profileSchema>

export const GOAL_TYPES = ['skill', 'position', 'industry', 'lifestyle'] as const
export type GoalType = (typeof GOAL_TYPES)[number]

export const milestoneSchema = z.object({
  /** Made by the client; letters, digits, '.', '_' and '-' only, as it names calendar events. */
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[\w.-]+$/, 'use letters, digits, ".", "_" and "-" only'),
  text: text(500).min(1),
  /** ISO date (YYYY-MM-DD). */
  due: z.iso.date().optional(),
  done: z.boolean().default(false),
  doneAt: z.iso.date().optional(),
})
export type Milestone = z.infer<typeof milestoneSchema>

export const progressEntrySchema = z.object({
  date: z.iso.date(),
  /** 0 to 100. */
  percent: z.number().min(0).max(100),
  note: text(1000).optional(),
})
export type ProgressEntry = z.infer<typeof progressEntrySchema>

/** Step 2: a goal, typed and with a horizon (short: up to two years; long: beyond). */
export const goalSchema = z.object({
  id: z.string().min(1).max(64),
  text: text(1000).min(1),
  type: z.enum(GOAL_TYPES),
  horizon: z.enum(['short', 'long']),
  targetDate: z.iso.date().optional(),
  milestones: z.array(milestoneSchema).max(100).default([]),
  progress: z.array(progressEntrySchema).max(1000).default([]),
})
export type Goal = z.infer<typeof goalSchema>

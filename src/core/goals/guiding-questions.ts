import { z } from 'zod'
import questions from './guiding-questions.json' with { type: 'json' }

const guidingQuestionsSchema = z.object({
  note: z.string(),
  short: z.array(z.string().min(1)).min(1),
  long: z.array(z.string().min(1)).min(1),
})

const data = guidingQuestionsSchema.parse(questions)

/**
 * The questions that help a person write a goal of this horizon (short: up to
 * two years; long: beyond), shown where the goal is written. Kept as data in
 * guiding-questions.json so the wording is edited there, not in a component.
 */
export function guidingQuestions(horizon: 'short' | 'long'): readonly string[] {
  return data[horizon]
}

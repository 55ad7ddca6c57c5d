import { z } from 'zod'
import { type CritiqueContext, CONTEXT_LIMITS as L } from '../../core/contracts/context.js'
import { QUESTION_KINDS } from '../../core/contracts/report.js'
import { answerTextProblem } from '../read-input.js'

/**
 * One input line of `headway batch` (DESIGN.md "Contracts"). Unknown keys are
 * ignored, so labelled data sets (shared/data/dev-answers.jsonl) are valid input.
 * Limits match critiqueContextSchema so the mapped context always validates.
 */
const lineSchema = z.object({
  id: z.union([z.string().min(1).max(200), z.number()]),
  text: z.string(),
  question: z.enum(QUESTION_KINDS).nullish(),
  spoken: z.boolean().nullish(),
  context: z
    .object({
      company: z.string().max(L.name).nullish(),
      role: z.string().max(L.title).nullish(),
      values: z.array(z.string().max(L.valueName)).max(L.values).nullish(),
      mission: z.string().max(L.mission).nullish(),
      spoken: z.boolean().nullish(),
      seconds: z.number().positive().max(3600).nullish(),
    })
    .nullish(),
})
type Line = z.infer<typeof lineSchema>

export type BatchId = string | number

/** A valid line, ready for the engine. `line` is 1-based, for messages. */
export interface BatchItem {
  line: number
  id: BatchId
  text: string
  context: CritiqueContext
}

export type ParsedLine = { ok: true; item: BatchItem } | { ok: false; error: string }

/** Map the flat batch context onto the engine's CritiqueContext. */
export function lineContext(line: Line): CritiqueContext {
  const context: CritiqueContext = {}
  const c = line.context
  if (line.question) context.question = line.question
  if (line.spoken ?? c?.spoken) context.spoken = true
  if (c?.seconds) context.seconds = c.seconds
  const company: NonNullable<CritiqueContext['company']> = {}
  if (c?.company) company.name = c.company
  if (c?.mission) company.mission = c.mission
  if (c?.values && c.values.length > 0) company.values = c.values
  if (Object.keys(company).length > 0) context.company = company
  if (c?.role) context.role = { title: c.role }
  return context
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path.map(String).join('.')
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  if (path === 'id') return 'id' in record ? `id must be a non-empty string or a number` : 'no id'
  if (path === 'text')
    return 'text' in record ? `text must be a string, not ${jsonType(record.text)}` : 'no text'
  return `${path}: ${issue.message}`
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}

/** Parse and check one JSONL line. Never throws: a bad line comes back with the reason. */
export function parseLine(raw: string, line: number): ParsedLine {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { ok: false, error: 'not valid JSON' }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: `expected a JSON object, not ${jsonType(data)}` }
  const parsed = lineSchema.safeParse(data)
  if (!parsed.success) {
    const [first] = parsed.error.issues
    return { ok: false, error: first ? describeIssue(first, data) : 'invalid line' }
  }
  const problem = answerTextProblem(parsed.data.text)
  if (problem) return { ok: false, error: `id ${JSON.stringify(parsed.data.id)}: ${problem}` }
  return {
    ok: true,
    item: { line, id: parsed.data.id, text: parsed.data.text, context: lineContext(parsed.data) },
  }
}

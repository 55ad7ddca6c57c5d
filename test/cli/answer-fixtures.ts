import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import {
  analyze,
  type CritiqueContext,
  critiqueContextSchema,
  FLAG_IDS,
  STRENGTH_IDS,
} from '../../src/core/index.js'

/**
 * Golden answers (STYLE.md guideline 9): test/fixtures/answers/<case>.txt, an
 * optional <case>.context.json, and <case>.expected.json holding what the
 * engine said when the fixtures were last updated (verdict, flags, strengths)
 * plus `intended`: the fixture author's own judgement, kept by updates, so a
 * reviewer sees where the engine and the author still disagree.
 */
export const FIXTURES = fileURLToPath(new URL('../fixtures/answers/', import.meta.url))

const intendedSchema = z.object({
  good: z.boolean(),
  flags: z.array(z.enum(FLAG_IDS)),
  strengths: z.array(z.enum(STRENGTH_IDS)),
  note: z.string(),
})
export const expectedSchema = z.object({
  verdict: z.enum(['strong', 'solid', 'needs-work', 'weak']),
  flags: z.array(z.enum(FLAG_IDS)),
  strengths: z.array(z.enum(STRENGTH_IDS)),
  intended: intendedSchema,
})
export type Expected = z.infer<typeof expectedSchema>
export type Observed = Omit<Expected, 'intended'>

export interface AnswerCase {
  name: string
  text: string
  context: CritiqueContext
  expectedPath: string
}

export function answerCases(): AnswerCase[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length)
      const contextPath = join(FIXTURES, `${name}.context.json`)
      const context = existsSync(contextPath)
        ? critiqueContextSchema.parse(JSON.parse(readFileSync(contextPath, 'utf8')))
        : {}
      return {
        name,
        text: readFileSync(join(FIXTURES, file), 'utf8'),
        context,
        expectedPath: join(FIXTURES, `${name}.expected.json`),
      }
    })
}

/** What the engine says now, in the compact, order-independent form the fixtures pin. */
export function observe(c: AnswerCase): Observed {
  const report = analyze(c.text, c.context)
  return {
    verdict: report.verdict,
    flags: [...report.flags].sort(),
    strengths: [...report.strengths].sort(),
  }
}

export function readExpected(c: AnswerCase): Expected {
  return expectedSchema.parse(JSON.parse(readFileSync(c.expectedPath, 'utf8')))
}

/** Rewrite the observed part of <case>.expected.json, keeping `intended`. */
export function writeExpected(c: AnswerCase, observed: Observed, intended: Expected['intended']) {
  const expected: Expected = { ...observed, intended }
  writeFileSync(c.expectedPath, `${JSON.stringify(expected, null, 2)}\n`)
}

/** Where the engine and the author's intent differ, as short lines for a reviewer. */
export function disagreements(observed: Observed, intended: Expected['intended']): string[] {
  const out: string[] = []
  const good = observed.verdict === 'strong' || observed.verdict === 'solid'
  if (good !== intended.good)
    out.push(`verdict ${observed.verdict}, intended ${intended.good ? 'good' : 'weak'}`)
  const missing = (want: string[], got: string[]) => want.filter((x) => !got.includes(x))
  for (const f of missing(intended.flags, observed.flags)) out.push(`missed flag ${f}`)
  for (const f of missing(observed.flags, intended.flags)) out.push(`extra flag ${f}`)
  for (const s of missing(intended.strengths, observed.strengths)) out.push(`missed strength ${s}`)
  return out
}

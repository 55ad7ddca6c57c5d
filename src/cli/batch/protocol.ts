import type { CriterionScore, FlagId, StrengthId, Verdict } from '../../core/contracts/report.js'
import { analyzeChecked } from '../../core/critique/analyze.js'
import { type BatchId, parseLine } from './line.js'

/** One output line of `headway batch` (DESIGN.md "Contracts"). */
export interface BatchOutput {
  id: BatchId
  score: number
  verdict: Verdict
  flags: FlagId[]
  strengths: StrengthId[]
  criteria: CriterionScore[]
  /** Only when the engine could not judge the text (a garbled transcript). */
  unscorable?: string
}

/**
 * What the main thread sends a worker: the raw line, or the reason it was
 * already rejected (bad UTF-8, too long), so every report keeps input order.
 * Parsing, checking and serialising happen in the worker: the main thread only
 * splits lines and writes, and strings cross threads far more cheaply than the
 * Report's many small objects.
 */
export type WorkItem = { line: number; raw: string } | { line: number; error: string }

export type WorkResult =
  | { line: number; ok: true; json: string; verdict: Verdict; flags: FlagId[] }
  | { line: number; ok: false; error: string }

/** Parse, check and critique one line. Never throws: every problem becomes a result to report. */
export function processLine(item: WorkItem): WorkResult {
  if ('error' in item) return { line: item.line, ok: false, error: item.error }
  const parsed = parseLine(item.raw, item.line)
  if (!parsed.ok) return { line: item.line, ok: false, error: parsed.error }
  const { id, text, context } = parsed.item
  try {
    // parseLine checked the text and the context's limits: no second check
    const report = analyzeChecked(text, context)
    const output: BatchOutput = {
      id,
      score: report.score,
      verdict: report.verdict,
      flags: report.flags,
      strengths: report.strengths,
      criteria: report.criteria,
    }
    if (report.unscorable) output.unscorable = report.unscorable
    return {
      line: item.line,
      ok: true,
      json: JSON.stringify(output),
      verdict: report.verdict,
      flags: report.flags,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { line: item.line, ok: false, error: `id ${JSON.stringify(id)}: ${message}` }
  }
}

import {
  analyze,
  type CriterionScore,
  type CritiqueContext,
  type FlagId,
  type StrengthId,
  type Verdict,
} from '../../core/index.js'
import type { BatchId } from './line.js'

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

/** What the main thread sends a worker: a chunk of answers, by position in the run. */
export interface WorkItem {
  index: number
  id: BatchId
  text: string
  context: CritiqueContext
}

export type WorkResult =
  | { index: number; ok: true; output: BatchOutput }
  | { index: number; ok: false; error: string }

/** Critique one item. Never throws: an engine error becomes a result the run reports and skips. */
export function critiqueItem(item: WorkItem): WorkResult {
  try {
    const report = analyze(item.text, item.context)
    const output: BatchOutput = {
      id: item.id,
      score: report.score,
      verdict: report.verdict,
      flags: report.flags,
      strengths: report.strengths,
      criteria: report.criteria,
    }
    if (report.unscorable) output.unscorable = report.unscorable
    return { index: item.index, ok: true, output }
  } catch (error) {
    return {
      index: item.index,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }
  }
}

import { dossierToContext } from '../company/context.js'
import type { CritiqueContext } from '../contracts/context.js'
import type { QuestionKind, Report } from '../contracts/report.js'
import { analyze } from '../critique/analyze.js'
import { FLAG_CAP, verdictOf } from '../critique/rubric.js'
import {
  type ComposeInput,
  type ComposeResult,
  composeDrafts,
  DRAFT_LENGTHS,
  type Draft,
  type DraftLength,
} from './draft.js'

/**
 * The critique of a draft headway wrote. A typed answer with a blank is judged on its
 * content and reported as unfinished (a career-advice sample with "[company]" in it
 * can be good); a draft of ours with an unfilled slot ("[your long-term goal]") is not
 * an answer yet, so it is never called strong or solid until the slot is filled.
 */
export function critiqueDraft(text: string, context: CritiqueContext): Report {
  const report = analyze(text, context)
  const unfinished = report.findings.some((f) => f.rule === 'placeholders')
  if (!unfinished || report.score <= FLAG_CAP) return report
  return { ...report, score: FLAG_CAP, verdict: verdictOf(FLAG_CAP) }
}

/** A draft with the critique it gets against its question and the company. */
export interface CritiquedDraft extends Draft {
  report: Report
}

export interface CritiquedDrafts extends Omit<ComposeResult, 'drafts'> {
  drafts: CritiquedDraft[]
}

/**
 * The draft use case, written once for the CLI (`headway draft`), the server
 * (`POST /api/draft`) and the web app's Answer step: compose the drafts, then
 * critique each against its own question, the dossier and the career change.
 */
export function draftAndCritique(
  input: ComposeInput,
  lengths: readonly DraftLength[] = DRAFT_LENGTHS,
): CritiquedDrafts {
  const result = composeDrafts(input, lengths)
  const contexts = new Map<QuestionKind, CritiqueContext>()
  const contextFor = (question: QuestionKind): CritiqueContext => {
    let context = contexts.get(question)
    if (!context) {
      context = dossierToContext(input.dossier, { question, profile: input.profile })
      contexts.set(question, context)
    }
    return context
  }
  return {
    ...result,
    drafts: result.drafts.map((d) => ({
      ...d,
      report: critiqueDraft(d.text, contextFor(d.question)),
    })),
  }
}

import type { CritiqueContext } from '../contracts/context.js'
import type { Report } from '../contracts/report.js'
import { readDocument } from '../text/document.js'

/** Placeholder until the rule engine lands (issue 2); keeps the Report shape. */
export function analyze(text: string, _context: CritiqueContext = {}): Report {
  const doc = readDocument(text)
  return {
    score: 0,
    verdict: 'weak',
    criteria: [],
    flags: [],
    strengths: [],
    findings: [],
    stats: {
      words: doc.words.length,
      sentences: doc.sentences.length,
      seconds: Math.round((doc.words.length / 140) * 60),
      fillers: 0,
      hedges: 0,
      grade: 0,
    },
  }
}

import { companyCueWords } from './company-cue-words.js'
import { companyNameCues } from './company-name-cues.js'
import { companyPageLinks } from './company-page-links.js'
import { concretenessWords } from './concreteness-words.js'
import { confidenceFrames } from './confidence-frames.js'
import { dutyChoice } from './duty-choice.js'
import { jobStatementCues } from './job-statement-cues.js'
import { lengthWords } from './length-words.js'
import { phraseLeads } from './phrase-leads.js'
import { realismFrames } from './realism-frames.js'
import { scopeWords } from './scope-words.js'
import { timeCues } from './time-cues.js'

/** A lexicon of named word lists: what it is for, where its words come from, and the lists. */
export interface WordListLexicon {
  readonly description: string
  readonly source: string
  readonly [list: string]: string | readonly string[]
}

/**
 * Every lexicon of named word lists (`{description, source, <list>: words}`), by
 * name, for docs/rules.md and the lexicon tests. Code reads each through its own
 * module, so importing one rule never loads the others' lists.
 */
export const wordListLexicons: Readonly<Record<string, () => WordListLexicon>> = {
  companyCueWords,
  companyNameCues,
  companyPageLinks,
  concretenessWords,
  confidenceFrames,
  dutyChoice,
  jobStatementCues,
  lengthWords,
  phraseLeads,
  realismFrames,
  scopeWords,
  timeCues,
}

/** The word lists of a lexicon, by name, in file order. */
export function listsOf(lexicon: WordListLexicon): Array<[string, readonly string[]]> {
  return Object.entries(lexicon).filter((e): e is [string, readonly string[]] =>
    Array.isArray(e[1]),
  )
}

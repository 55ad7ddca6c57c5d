import { WORDS_PER_MINUTE } from '../../contracts/limits.js'
import { lengthWords } from '../../lexicons/length-words.js'
import type { Document } from '../../text/document.js'
import { defineRule, type Hit } from '../rule.js'

/** RUBRIC.md: about 100 to 280 words (45 to 120 seconds at 140 words a minute). */
export const WORDS_SHORT = 45
export const WORDS_LONG = 280
/** Between these, length alone is tolerated; with repetition it is rambling. */
const WORDS_WATCH = 220
/** A content word repeated this often is a sign of circling. */
const REPEAT = 5
/** Part-of-speech tags are grammar constants, not vocabulary: they stay in code. */
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN'])
/** Lemmas too common to count as circling when repeated. */
const COMMON: ReadonlySet<string> = new Set(lengthWords().commonLemmas)

/** Alternatives ("architecture, or SRE, or platform") and counted-off points ("First, … Fifth, …") this many times read as unfocused. */
const SCATTER = 3
const COUNTED_OFF: ReadonlySet<string> = new Set(lengthWords().countedOff)

/** How many directions the answer offers: alternatives joined by "or", and points counted off. */
export function scatter(doc: Document): { alternatives: number; points: number } {
  let alternatives = 0
  let points = 0
  doc.tokens.forEach((t, i) => {
    const next = doc.tokens[i + 1]
    // "a year or two", "or so" are estimates, not alternatives.
    if (
      t.normal === 'or' &&
      next &&
      next.type !== 'number' &&
      next.pos !== 'NUM' &&
      next.normal !== 'so'
    )
      alternatives++
    const opensSentence = doc.sentences[t.sentence]?.tokenStart === i
    if (COUNTED_OFF.has(t.normal) && (opensSentence || next?.value === ',')) points++
  })
  return { alternatives, points }
}

/** The most repeated content lemma and its count. */
export function mostRepeated(doc: Document): { lemma: string; count: number } {
  const counts = new Map<string, number>()
  for (const t of doc.tokens) {
    if (t.type !== 'word' || !CONTENT_POS.has(t.pos) || COMMON.has(t.lemma) || t.lemma.length < 3)
      continue
    counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1)
  }
  let best = { lemma: '', count: 0 }
  for (const [lemma, count] of counts) if (count > best.count) best = { lemma, count }
  return best
}

export const length = defineRule({
  id: 'length',
  criterion: 'concise',
  description:
    'Too long (past 280 words, or past 220 with repetition or many alternatives) or too short for the question.',
  check(doc) {
    const words = doc.words.length
    const whole = [0, doc.text.length] as const
    if (words < WORDS_SHORT) {
      return [
        {
          rule: 'length',
          criterion: 'concise',
          effect: 'costs',
          span: whole,
          weight: words < 25 ? 2 : 1,
          message: `At ${words} words this is very short: the interviewer will ask for more.`,
          suggestion:
            'Add the short-term step and what you will bring to the team (aim for 100 to 280 words).',
        },
      ]
    }
    const fits: Hit[] = [{ rule: 'length', criterion: 'concise', effect: 'earns', span: whole }]
    // Repetition and scatter count only past the watch line: most answers stop short of it.
    if (words <= WORDS_WATCH) return fits
    const repeated = mostRepeated(doc)
    const circling = repeated.count >= REPEAT
    const spread = scatter(doc)
    const unfocused = spread.alternatives >= SCATTER || spread.points >= SCATTER
    if (words <= WORDS_LONG && !circling && !unfocused) return fits
    const hits: Hit[] = [
      {
        rule: 'length',
        criterion: 'concise',
        effect: 'costs',
        span: whole,
        weight: 2,
        flag: 'rambling',
        message: `At ${words} words (about ${Math.round((words / WORDS_PER_MINUTE) * 60)} seconds) the answer runs long${circling ? `, and "${repeated.lemma}" comes back ${repeated.count} times` : unfocused ? ', and it offers more directions than one answer can hold' : ''}.`,
        suggestion:
          'Keep one goal, one step, one tie to the company; cut the rest to stay under two minutes.',
      },
    ]
    return hits
  },
})

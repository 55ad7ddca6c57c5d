import { z } from 'zod'
import { WORDS_PER_MINUTE } from '../contracts/limits.js'
import { type Finding, STORY_PARTS, type StoryPart, type Verdict } from '../contracts/report.js'
import { wordSet } from '../lexicons/index.js'
import { type Document, readDocument } from '../text/document.js'
import type { Span } from '../text/span.js'
import { checkInput } from './input.js'
import { phraseKind } from './kinds/phrase.js'
import { verdictOf } from './rubric.js'

/**
 * "Tell me about a time you…": a STAR story is judged on its own terms (issue 11),
 * not as a career-goals answer. Each part is found in the words: the Situation and
 * the Task from cue phrases (lexicons/star-cues.json), the Action from the grammar
 * ("I" with a past-tense verb, the person's own doing), the Result from outcome
 * words and figures after the action.
 */

export const storyCritiqueSchema = z.object({
  score: z.number().int().min(0).max(100),
  verdict: z.enum(['strong', 'solid', 'needs-work', 'weak']),
  parts: z.record(z.enum(STORY_PARTS), z.array(z.tuple([z.number(), z.number()]).readonly())),
  findings: z.array(
    z.object({
      rule: z.string(),
      span: z.tuple([z.number(), z.number()]).readonly(),
      message: z.string(),
      suggestion: z.string().optional(),
    }),
  ),
})
export type StoryCritique = z.infer<typeof storyCritiqueSchema>

const situationCues = phraseKind('starCues', 'situation')
const taskCues = phraseKind('starCues', 'task')
const resultCues = phraseKind('starCues', 'result')
const SAME_FORM_PAST = wordSet('starCues', 'same-form-past')

/** Points per part found; a result with a figure and actions told as "I" earn the rest. */
const PART_POINTS: Record<StoryPart, number> = { situation: 15, task: 15, action: 30, result: 20 }
const FIGURE_POINTS = 10
const OWN_ACTION_POINTS = 10
const INCOMPLETE_CAP = 59
/** Two minutes spoken: past that the story loses the listener. */
const LONGEST_WORDS = 2 * WORDS_PER_MINUTE

/** Irregular past forms wink leaves unlemmatised: rewrote, drew, took, brought, built, led. */
const IRREGULAR_PAST = /(ote|ew|ook|ought|aught|ilt|ent|ode|oke|ove|ung|ank|old|ead|ound|ept|elt)$/

/** A past-tense form: built, led, rewrote, set (up). */
function isPastForm(normal: string, lemma: string, pos: string): boolean {
  if (!/^[a-z]+$/.test(normal) || /(s|ing)$/.test(normal)) return false
  if (SAME_FORM_PAST.has(normal)) return true
  if (pos !== 'VERB' && pos !== 'NOUN') return false
  return normal.endsWith('ed') || (normal !== lemma ? true : IRREGULAR_PAST.test(normal))
}

/** "I rebuilt", "I led", "I then called": the speaker's own past-tense action. */
function actions(doc: Document, subject: 'i' | 'we'): Span[] {
  const found: Span[] = []
  doc.tokens.forEach((t, i) => {
    if (t.normal !== subject) return
    for (let k = i + 1; k <= i + 3; k++) {
      const v = doc.tokens[k]
      if (!v || v.sentence !== t.sentence) break
      if (isPastForm(v.normal, v.lemma, v.pos)) {
        found.push([t.start, v.end])
        break
      }
      if (v.pos !== 'ADV') break
    }
  })
  return found
}

function hasFigure(doc: Document, from: number): boolean {
  return doc.tokens.some(
    (t) => t.start >= from && (t.type === 'number' || t.normal === 'percent' || t.value === '%'),
  )
}

/**
 * Critique a STAR story: which parts are there, with their spans, what is missing and
 * how to fix it, and a 0-100 score on the critique's verdict scale.
 *
 * @example
 * critiqueStory('Last year our intake queue hit 300 cases. I had to clear it. I built a triage rota, and we cut it to 40 in six weeks.').verdict // 'strong'
 */
export function critiqueStory(text: string): StoryCritique {
  checkInput(text)
  const doc = readDocument(text)
  const own = actions(doc, 'i')
  const team = actions(doc, 'we')
  const acted = own[0]?.[0] ?? team[0]?.[0]
  const results = resultCues(doc).filter((m) => acted === undefined || m.span[0] > acted)
  const parts: Record<StoryPart, Span[]> = {
    situation: situationCues(doc).map((m) => m.span),
    task: taskCues(doc).map((m) => m.span),
    action: [...own, ...team].sort((a, b) => a[0] - b[0]),
    result: results.map((m) => m.span),
  }
  const findings: Finding[] = []
  const whole: Span = [0, text.length]
  const missing: Record<StoryPart, [string, string]> = {
    situation: [
      'No situation: the listener does not know where or when this happened.',
      'Open with one sentence of setting: "At my last job, our intake queue had grown to 300 cases."',
    ],
    task: [
      'No task: say what you had to do, or what was at stake.',
      'Add one line: "I was asked to clear it before the audit."',
    ],
    action: [
      'No action of yours: the story needs what you did, in the past tense.',
      'Tell the steps you took: "I built a triage rota and trained two colleagues on it."',
    ],
    result: [
      'No result: end on how it turned out.',
      'Close with the outcome, with a number if you have one: "We cut the queue to 40 in six weeks."',
    ],
  }
  let score = 0
  for (const part of STORY_PARTS) {
    if (parts[part].length > 0) score += PART_POINTS[part]
    else {
      const [message, suggestion] = missing[part]
      findings.push({ rule: `star-${part}`, span: whole, message, suggestion })
    }
  }
  if (parts.result.length > 0 && hasFigure(doc, parts.result[0]?.[0] ?? 0)) score += FIGURE_POINTS
  else if (parts.result.length > 0)
    findings.push({
      rule: 'star-result',
      span: parts.result[0] ?? whole,
      message: 'The result has no figure: a number makes it believable.',
      suggestion: 'Say how much or how many: time saved, cases cleared, a percentage.',
    })
  if (own.length > 0) score += OWN_ACTION_POINTS
  else if (team.length > 0)
    findings.push({
      rule: 'star-action',
      span: team[0] ?? whole,
      message: 'The actions are "we": the interviewer wants to know what you did.',
      suggestion:
        'Keep the team in the story, but tell your own part: "I wrote the rota, I trained…".',
    })
  if (doc.words.length > LONGEST_WORDS) {
    score -= 10
    findings.push({
      rule: 'star-length',
      span: whole,
      message: `About ${Math.round(doc.words.length / WORDS_PER_MINUTE)} minutes spoken: a story past two minutes loses the listener.`,
      suggestion:
        'Keep the situation to one or two sentences and spend the time on the action and the result.',
    })
  }
  // A story without one of its four parts is not yet a STAR story, however good the rest.
  if (STORY_PARTS.some((p) => parts[p].length === 0)) score = Math.min(score, INCOMPLETE_CAP)
  score = Math.max(0, Math.min(100, score))
  const verdict: Verdict = verdictOf(score)
  return { score, verdict, parts, findings: findings.sort((a, b) => a.span[0] - b.span[0]) }
}

import {
  QUESTION_KINDS,
  QUESTION_LABELS,
  type QuestionKind,
  type StoredPractice,
  type StoredPracticeQuestion,
} from '../../core/index.js'

/** STAR prompts for the other common questions (Situation, Task, Action, Result). */
const STAR_PROMPTS = [
  'Tell me about a time you led a project.',
  'Tell me about a time you disagreed with a colleague.',
  'Tell me about a mistake you made and what you learned.',
  'Tell me about a time you learned something new quickly.',
] as const

/** A question to rehearse: built in, one of the person's own, or a follow-up. */
export interface PracticeQuestion {
  /** Stable key for the picker and for grouping the history. */
  key: string
  text: string
  /** The career-goals cousin it is critiqued as; none: a story prompt (STAR). */
  kind?: QuestionKind
  /** One of the person's own questions. */
  questionId?: string
  /** The question a follow-up came from. */
  followUpOf?: string
}

const byText = (text: string) => `text:${text}`

export const BUILT_IN: readonly PracticeQuestion[] = [
  ...QUESTION_KINDS.map((kind) => ({
    key: byText(QUESTION_LABELS[kind]),
    text: QUESTION_LABELS[kind],
    kind,
  })),
  ...STAR_PROMPTS.map((text) => ({ key: byText(text), text })),
]

export function ownQuestion(q: StoredPracticeQuestion): PracticeQuestion {
  return { key: `own:${q.id}`, text: q.text, questionId: q.id, ...(q.kind ? { kind: q.kind } : {}) }
}

/** A follow-up is critiqued as part of the answer it follows (its kind, its interview). */
export function followUpQuestion(text: string, of: PracticeQuestion): PracticeQuestion {
  return { key: byText(text), text, followUpOf: of.text, ...(of.kind ? { kind: of.kind } : {}) }
}

/** The person's own questions for one interview: its own and those for every interview. */
export function questionsFor(
  own: readonly StoredPracticeQuestion[],
  applicationId: string | undefined,
): PracticeQuestion[] {
  return own
    .filter((q) => q.applicationId === undefined || q.applicationId === applicationId)
    .map(ownQuestion)
}

/** Seconds an answer should last: about a minute, a story 90 s, a follow-up 45 s. */
export function targetSeconds(q: PracticeQuestion): number {
  if (q.followUpOf) return 45
  return q.kind ? 60 : 90
}

/** The history group of an attempt: its own question when it has one, else its text. */
export function historyKey(a: Pick<StoredPractice, 'question' | 'questionId'>): string {
  return a.questionId ? `own:${a.questionId}` : byText(a.question)
}

/** The questions that have attempts, each with its latest text, newest first. */
export function attemptedQuestions(
  attempts: readonly StoredPractice[],
): { key: string; text: string; count: number }[] {
  const groups = new Map<string, { key: string; text: string; count: number; at: string }>()
  for (const a of attempts) {
    const key = historyKey(a)
    const g = groups.get(key)
    if (!g) groups.set(key, { key, text: a.question, count: 1, at: a.createdAt })
    else {
      g.count += 1
      if (a.createdAt > g.at) Object.assign(g, { text: a.question, at: a.createdAt })
    }
  }
  return [...groups.values()].sort((a, b) => b.at.localeCompare(a.at)).map(({ at: _at, ...g }) => g)
}

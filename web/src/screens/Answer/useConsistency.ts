import { useMemo } from 'react'
import { api } from '../../api/client.js'
import type { Contradiction, QuestionKind, StoredAnswer } from '../../core/index.js'
import { useAsync } from '../../hooks/useAsync.js'
import { useCore } from '../../hooks/useCore.js'

/** A contradiction between the answer being written and a saved answer of the same interview. */
export interface Clash {
  kind: Contradiction['kind']
  suggestion: string
  /** The words of the answer being written. */
  mine: string
  other: { question: QuestionKind; words: string }
}

/**
 * Where the answer being written contradicts this interview's saved answers to
 * the other questions (their latest versions): the core's checkConsistency, run
 * in the browser as the person types.
 */
export function useConsistency(
  answers: readonly StoredAnswer[] | undefined,
  applicationId: string | undefined,
  question: QuestionKind,
  text: string,
): { clashes: Clash[]; error: Error | undefined } {
  const { core } = useCore()
  const others = (answers ?? []).filter(
    (a) => (a.applicationId ?? undefined) === applicationId && a.question !== question,
  )
  const key = others.map((a) => `${a.id}:${a.updatedAt ?? ''}`).join()
  const saved = useAsync(
    async () =>
      (
        await Promise.all(
          others.map(async (a) => {
            const latest = (await api.answers.versions(a.id)).at(-1)
            return latest ? [{ question: a.question, text: latest.text }] : []
          }),
        )
      ).flat(),
    // Switching question reloads: the answer just saved under the other question is read anew.
    [key, question],
  )
  const today = new Date().toISOString().slice(0, 10)
  const clashes = useMemo(() => {
    const list = saved.data ?? []
    if (!core || !text.trim() || list.length === 0) return []
    const all = [{ question, text }, ...list]
    return core
      .checkConsistency(all, today)
      .filter((c) => c.answers[0] === 0)
      .flatMap((c): Clash[] => {
        const other = all[c.answers[1]]
        const [mine, theirs] = c.spans
        if (!other) return []
        return [
          {
            kind: c.kind,
            suggestion: c.suggestion,
            mine: text.slice(mine[0], mine[1]),
            other: { question: other.question, words: other.text.slice(theirs[0], theirs[1]) },
          },
        ]
      })
  }, [core, saved.data, question, text, today])
  return { clashes, error: saved.error }
}

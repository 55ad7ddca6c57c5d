import { api } from '../../api/client.js'
import type { PracticeQuestionInput, StoredPracticeQuestion } from '../../core/index.js'
import { useAction } from '../../hooks/useAction.js'
import { useAsync } from '../../hooks/useAsync.js'

/** The person's own practice questions: loaded once, then added, changed and deleted. */
export function useQuestions() {
  const list = useAsync(() => api.questions.list())
  const all = list.data ?? []
  const add = useAction(async (input: PracticeQuestionInput) => {
    const made = await api.questions.create(input)
    list.set([made, ...all])
    return made
  })
  // Plain: the edit form wraps it in its own action, with the id it edits.
  const change = async (id: string, input: PracticeQuestionInput) => {
    const changed = await api.questions.update(id, input)
    list.set(all.map((q) => (q.id === id ? changed : q)))
  }
  const remove = useAction(async (id: string) => {
    await api.questions.remove(id)
    list.set(all.filter((q) => q.id !== id))
  })
  return { list, all: all as readonly StoredPracticeQuestion[], add, change, remove }
}

export type Questions = ReturnType<typeof useQuestions>

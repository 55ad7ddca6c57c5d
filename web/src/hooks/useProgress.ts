import { api } from '../api/client.js'
import { useAsync } from './useAsync.js'
import type { StepId } from './useRoute.js'

export type Progress = Record<StepId, boolean>

/** Which steps of the path the person has done, from what is stored. */
export function useProgress(key: unknown) {
  return useAsync<Progress>(async () => {
    const [profile, goals, companies, answers, practice, sheets] = await Promise.all([
      api.profile.get(),
      api.goals.list(),
      api.companies.list(),
      api.answers.list(),
      api.practice.list(),
      api.prepSheets.list(),
    ])
    return {
      me: profile.updatedAt !== null,
      goals: goals.length > 0,
      company: companies.length > 0,
      align: companies.length > 0 && goals.length > 0 && answers.length > 0,
      answer: answers.length > 0,
      practice: practice.length > 0,
      prep: sheets.length > 0,
    }
  }, [key])
}

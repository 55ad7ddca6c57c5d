import type { StoredCompany, StoredGoal } from '../../../src/core/contracts/entities.js'
import type { Profile } from '../../../src/core/contracts/profile.js'

export interface MatrixRow {
  mine: string
  mineKind: string
  theirs: string
  theirsKind: string
  why: string
}
export interface Alignment {
  matrix: MatrixRow[]
  gaps: { text: string; kind: string; advice?: string }[]
  talkingPoints: string[]
  questions: string[]
}

/** The alignment of the person with one company (core align, run in the browser). */
export async function getAlignment(
  _profile: Profile,
  _goals: readonly StoredGoal[],
  _company: StoredCompany,
  _role?: string,
): Promise<Alignment> {
  return { matrix: [], gaps: [], talkingPoints: [], questions: [] }
}

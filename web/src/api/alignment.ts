import type { Profile, StoredCompany, StoredGoal } from '../core/index.js'
import { loadCore } from '../hooks/useCore.js'

export interface MatrixRow {
  mine: string
  mineKind: string
  theirs: string
  theirsKind: string
  why: string
}
export interface Alignment {
  matrix: MatrixRow[]
  gaps: { text: string; kind: string }[]
  talkingPoints: string[]
  questions: string[]
}

/** The alignment of the person with one company: the core's `align`, run in the browser. */
export async function getAlignment(
  profile: Profile,
  goals: readonly StoredGoal[],
  company: StoredCompany,
): Promise<Alignment> {
  const core = await loadCore()
  const a = core.align(profile, goals, company.dossier)
  return {
    matrix: [...a.matches]
      .sort((x, y) => y.strength - x.strength)
      .map((m) => ({
        mine: m.row.text,
        mineKind: m.row.kind,
        theirs: m.column.text,
        theirsKind: m.column.kind,
        why: m.why,
      })),
    gaps: a.gaps,
    talkingPoints: a.talkingPoints,
    questions: a.questions.map((q) => q.text),
  }
}

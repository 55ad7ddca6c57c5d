/** What choosing a version needs: its critique's score and when it was saved. */
export interface ScoredVersion {
  createdAt: string
  report: { score: number; unscorable?: unknown }
}

/**
 * The version of an answer to carry into the prep sheet: the one the critique
 * scored highest, not simply the latest (a late edit can make an answer worse).
 * A tie goes to the later version; a version the critique could not judge
 * (`unscorable`) is used only when there is nothing else. Undefined when there
 * are no versions.
 *
 * @example
 * bestVersion(await api.answers.versions(id))?.text
 */
export function bestVersion<V extends ScoredVersion>(versions: readonly V[]): V | undefined {
  const judged = versions.filter((v) => v.report.unscorable === undefined)
  let top: V | undefined
  for (const v of judged.length ? judged : versions) {
    if (
      !top ||
      v.report.score > top.report.score ||
      (v.report.score === top.report.score && v.createdAt >= top.createdAt)
    )
      top = v
  }
  return top
}

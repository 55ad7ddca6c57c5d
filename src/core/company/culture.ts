import type { Dossier } from '../contracts/dossier.js'
import type { Page } from './page.js'
import { sourceOf } from './sections.js'
import { signals } from './signals.js'
import { allSentences } from './statement.js'

/**
 * Culture signals: for each signal of the lexicon (remote, collaborative,
 * fast-paced, learning, diversity…), the first sentence or list item that uses
 * one of its phrases. One finding per signal, in page order, so the dossier
 * says "collaborative" once with its best-placed evidence rather than ten times.
 */
export function extractCulture(page: Page): Dossier['culture'] {
  const found: Array<Dossier['culture'][number]> = []
  let open = [...signals().culture]
  for (const s of allSentences(page)) {
    if (open.length === 0) break
    open = open.filter((entry) => {
      const m = entry.any.exec(s.text)
      if (!m) return true
      // "not remote", "no hybrid": a negated mention is not a signal
      if (/\b(?:not|no)\b/i.test(s.text.slice(0, m.index))) return true
      const phrase = entry.matchers.find((x) => x.re.test(m[0]))?.pattern ?? m[0].toLowerCase()
      found.push({
        signal: entry.signal,
        source: sourceOf(page, s.start, s.end, `phrase:${phrase}`),
      })
      return false
    })
  }
  return found
}

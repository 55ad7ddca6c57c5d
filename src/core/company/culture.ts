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
  const sentences = allSentences(page)
  const found: Array<Dossier['culture'][number]> = []
  for (const entry of signals().culture) {
    let best: { start: number; end: number; phrase: string } | undefined
    for (const m of entry.matchers) {
      const s = sentences.find(
        (x) => m.find(x.text) >= 0 && !/\bnot\b|\bno\b/i.test(x.text.slice(0, m.find(x.text))),
      )
      if (s && (!best || s.start < best.start))
        best = { start: s.start, end: s.end, phrase: m.pattern }
    }
    if (best)
      found.push({
        signal: entry.signal,
        source: sourceOf(page, best.start, best.end, `phrase:${best.phrase}`),
      })
  }
  return found.sort((a, b) => a.source.start - b.source.start)
}

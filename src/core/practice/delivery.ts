import { WORDS_PER_MINUTE } from '../contracts/limits.js'
import { findFillers } from '../critique/rules/fillers.js'
import { findHedges } from '../critique/rules/hedging.js'
import { readDocument } from '../text/document.js'
import type { Span } from '../text/span.js'

/** RUBRIC.md: aim for 130 to 160 words a minute when speaking. */
export const PACE = { slow: 130, fast: 160 } as const

/** A stretch of the transcript dense with fillers: where the speaker lost the thread. */
export interface FillerCluster {
  span: Span
  fillers: number
}

/** Delivery figures for one practice attempt (RUBRIC.md "Spoken transcripts"). */
export interface Delivery {
  words: number
  /** Measured seconds, or estimated at 140 wpm when no timing is known. */
  seconds: number
  measured: boolean
  wpm: number
  pace: 'slow' | 'good' | 'fast'
  fillers: number
  fillersPerMinute: number
  fillerSpans: Span[]
  clusters: FillerCluster[]
  hedges: number
  hedgeSpans: Span[]
  /** Content words said three or more times in a row of sentences, a sign of circling. */
  repeated: Array<{ word: string; count: number }>
}

/** Fillers within this many words of each other belong to one cluster. */
const CLUSTER_GAP_CHARS = 40
const CLUSTER_MIN = 3

function clustersOf(spans: Span[]): FillerCluster[] {
  const clusters: FillerCluster[] = []
  let current: Span[] = []
  const flush = () => {
    const first = current[0]
    const last = current[current.length - 1]
    if (first && last && current.length >= CLUSTER_MIN)
      clusters.push({ span: [first[0], last[1]], fillers: current.length })
    current = []
  }
  for (const span of spans) {
    const last = current[current.length - 1]
    if (last && span[0] - last[1] > CLUSTER_GAP_CHARS) flush()
    current.push(span)
  }
  flush()
  return clusters
}

/**
 * Words a minute, fillers (and where they cluster), hedges and repetition for a
 * practice transcript. `seconds` is the measured duration when the person timed it.
 *
 * @example
 * deliveryMetrics('Um, so my goal is, uh, to lead the team.', 5).fillers // 2
 */
export function deliveryMetrics(transcript: string, seconds?: number): Delivery {
  const doc = readDocument(transcript)
  const words = doc.words.length
  const measured = seconds !== undefined && seconds > 0
  const duration = measured ? seconds : (words / WORDS_PER_MINUTE) * 60
  const wpm = duration > 0 ? Math.round((words / duration) * 60) : 0
  const fillerSpans = findFillers(doc)
  const hedgeSpans = findHedges(doc).map((m) => m.span)
  const counts = new Map<string, number>()
  for (const t of doc.tokens) {
    if (t.type === 'word' && (t.pos === 'NOUN' || t.pos === 'VERB') && t.lemma.length > 3) {
      counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1)
    }
  }
  const repeated = [...counts]
    .filter(([, count]) => count >= 3)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([word, count]) => ({ word, count }))
  return {
    words,
    seconds: Math.round(duration),
    measured,
    wpm,
    pace: wpm < PACE.slow ? 'slow' : wpm > PACE.fast ? 'fast' : 'good',
    fillers: fillerSpans.length,
    fillersPerMinute: duration > 0 ? Math.round((fillerSpans.length / duration) * 600) / 10 : 0,
    fillerSpans,
    clusters: clustersOf(fillerSpans),
    hedges: hedgeSpans.length,
    hedgeSpans,
    repeated,
  }
}

// The word budget lives with the pace it defaults to (light: the web app's first screen uses it).
export { wordBudget } from '../contracts/limits.js'

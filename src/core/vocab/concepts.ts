import { type ValueConcept, valueConcepts } from '../lexicons/value-concepts.js'
import { type Document, readDocument } from '../text/document.js'
import type { Span } from '../text/span.js'

/** A place in a text where a value concept is expressed. */
export interface ConceptHit {
  concept: ValueConcept
  /** The lexicon term that matched. */
  term: string
  span: Span
}

interface Node {
  next: Map<string, Node>
  terms: Array<{ concept: ValueConcept; term: string }>
}

/** One step of the key stream: the keys a word offers and the token it came from. */
interface Step {
  keys: string[]
  token: number
  /** A clause or sentence break before this step (phrases do not cross it). */
  breakBefore: boolean
}

const splitWords = (s: string) => s.split(/[\s-]+/).filter(Boolean)

function compile(concepts: readonly ValueConcept[]): Node {
  const root: Node = { next: new Map(), terms: [] }
  for (const concept of concepts) {
    for (const term of concept.terms) {
      let node = root
      for (const key of splitWords(term)) {
        let child = node.next.get(key)
        if (!child) {
          child = { next: new Map(), terms: [] }
          node.next.set(key, child)
        }
        node = child
      }
      node.terms.push({ concept, term })
    }
  }
  return root
}

/**
 * The keys a word offers: its normal form, its lemma, and a naive singular, so
 * lexicon terms in base form meet "collaborating", "customers", "learned".
 * Hyphenated tokens ("cross-functional") become one step per part.
 */
function steps(doc: Document): Step[] {
  const out: Step[] = []
  let pendingBreak = false
  let sentence = -1
  for (const t of doc.tokens) {
    if (t.sentence !== sentence) {
      pendingBreak = true
      sentence = t.sentence
    }
    if (t.type !== 'word') {
      if (t.value !== '-' && t.value !== '‑') pendingBreak = true
      continue
    }
    const normal = t.normal.replace(/’/g, "'")
    const parts = splitWords(normal)
    if (parts.length > 1) {
      for (const p of parts) {
        out.push({ keys: [p], token: t.index, breakBefore: pendingBreak })
        pendingBreak = false
      }
      continue
    }
    const keys = new Set([normal, t.lemma.toLowerCase()])
    if (normal.length > 3 && normal.endsWith('s') && !normal.endsWith('ss'))
      keys.add(normal.slice(0, -1))
    out.push({ keys: [...keys], token: t.index, breakBefore: pendingBreak })
    pendingBreak = false
  }
  return out
}

let trie: Node | undefined

function rootFor(concepts: readonly ValueConcept[]): Node {
  if (concepts !== valueConcepts()) return compile(concepts)
  trie ??= compile(concepts)
  return trie
}

/**
 * Which workplace value concepts a text expresses, and where. Longest term wins
 * at each position; hits do not overlap. A term in two concepts yields a hit
 * for each.
 *
 * @example
 * conceptsOf('We win together').map((h) => h.concept.id) // ['collaboration']
 */
export function conceptsOf(
  input: string | Document,
  concepts: readonly ValueConcept[] = valueConcepts(),
): ConceptHit[] {
  const doc = typeof input === 'string' ? readDocument(input) : input
  const root = rootFor(concepts)
  const stream = steps(doc)
  const hits: ConceptHit[] = []
  let i = 0
  while (i < stream.length) {
    let frontier: Node[] = [root]
    let best: { end: number; terms: Node['terms'] } | undefined
    for (let j = i; j < stream.length && frontier.length > 0; j++) {
      const step = stream[j]
      if (!step || (j > i && step.breakBefore)) break
      const next: Node[] = []
      for (const node of frontier) {
        for (const key of step.keys) {
          const child = node.next.get(key)
          if (child && !next.includes(child)) next.push(child)
        }
      }
      frontier = next
      const done = frontier.flatMap((n) => n.terms)
      if (done.length > 0) best = { end: j, terms: done }
    }
    if (best) {
      const first = doc.tokens[stream[i]?.token ?? 0]
      const last = doc.tokens[stream[best.end]?.token ?? 0]
      const span: Span = [first?.start ?? 0, last?.end ?? 0]
      const seen = new Set<string>()
      for (const t of best.terms) {
        if (seen.has(t.concept.id)) continue
        seen.add(t.concept.id)
        hits.push({ concept: t.concept, term: t.term, span })
      }
      // A hyphenated token is one token: skip all steps of the last matched token.
      let k = best.end + 1
      while (k < stream.length && stream[k]?.token === stream[best.end]?.token) k++
      i = k
    } else {
      i++
    }
  }
  return hits
}

/** The ids of the concepts a text expresses, without duplicates, in order of first mention. */
export function conceptIds(input: string | Document): string[] {
  return [...new Set(conceptsOf(input).map((h) => h.concept.id))]
}

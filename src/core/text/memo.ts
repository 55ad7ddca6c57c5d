import type { Document } from './document.js'

/**
 * Compute something once per document: several rules read the same derived
 * facts (concrete items, time expressions, fillers), and the live editor runs
 * every rule on each keystroke. Keyed weakly, so documents are freed as usual.
 */
export function perDocument<T>(compute: (doc: Document) => T): (doc: Document) => T {
  const cache = new WeakMap<Document, T>()
  return (doc) => {
    let value = cache.get(doc)
    if (value === undefined) {
      value = compute(doc)
      cache.set(doc, value)
    }
    return value
  }
}

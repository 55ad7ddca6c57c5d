import type { Document } from './document.js'

/**
 * Compute something once per document: several rules read the same derived
 * facts (concrete items, time expressions, fillers), and the live editor runs
 * every rule on each keystroke. Only the last document's value is kept: analyze
 * asks about one document at a time, and a WeakMap per fact costs the garbage
 * collector (ephemeron tables) more than the odd recomputation it would save.
 * The compute must be pure, so a recomputed value equals the one it replaces.
 */
export function perDocument<T>(compute: (doc: Document) => T): (doc: Document) => T {
  let lastDoc: Document | undefined
  let lastValue: T | undefined
  return (doc) => {
    if (doc !== lastDoc) {
      lastValue = compute(doc)
      lastDoc = doc
    }
    return lastValue as T
  }
}

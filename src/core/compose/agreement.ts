import { readDocument } from '../text/document.js'

/**
 * Subject-verb agreement where a person's own phrase is the subject of a
 * template: "craft and attention to detail matter to me", "small teams are how
 * I work best", but "building and running systems matters to me" (a gerund
 * phrase is one thing).
 */

/** True when a noun phrase is plural: two nouns joined by "and", or a plural head noun. */
export function isPluralSubject(phrase: string): boolean {
  const tokens = readDocument(phrase).tokens
  const first = tokens[0]
  // "building reliable systems …" is one activity, however wink tags its first word
  if (!first || /ing$/.test(first.normal)) return false
  let head: (typeof tokens)[number] | undefined
  for (const t of tokens) {
    // the subject's own words end where a preposition, verb or relative clause begins
    if (
      ['ADP', 'VERB', 'AUX', 'SCONJ', 'PART'].includes(t.pos) ||
      /^(?:that|who|which)$/.test(t.normal)
    )
      break
    if (t.normal === 'and' && head) return true
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t
  }
  return (
    head !== undefined &&
    head.pos === 'NOUN' &&
    head.lemma !== head.normal &&
    /s$/.test(head.normal)
  )
}

/** A filled template with the verb after `subject` agreeing with it ("… matters" → "… matter"). */
export function agree(sentence: string, subject: string): string {
  if (!isPluralSubject(subject)) return sentence
  return sentence
    .replace(`${subject} matters`, `${subject} matter`)
    .replace(`${subject} is `, `${subject} are `)
}

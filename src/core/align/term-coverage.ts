import type { CritiqueContext } from '../contracts/context.js'
import { type Document, readDocument, type Token } from '../text/document.js'
import type { Span } from '../text/span.js'
import { matchValue } from '../vocab/value-match.js'
import { isContentWord, WEAK_WORDS, wordForm } from '../vocab/word-forms.js'

/** Where a term comes from: a skill the job asks for, a value or a product the company names. */
export type TermSource = 'skill' | 'value' | 'product'

export interface TermUse {
  term: string
  source: TermSource
  /** Where the answer uses it; absent for a missed term. */
  span?: Span
}

export interface TermCoverage {
  used: TermUse[]
  missed: TermUse[]
}

/** A term's words to look for: "C#" counts, "and" and "the" do not. */
function termWords(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[\s/,;:()]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}#+]+$/gu, ''))
    .filter((w) => w.length > 0 && !WEAK_WORDS.has(w))
}

function sameWord(token: Token, word: string): boolean {
  if (token.normal === word || token.lemma === word) return true
  return (
    isContentWord(word) && isContentWord(token.normal) && wordForm(token.normal) === wordForm(word)
  )
}

/**
 * A skill or product in the answer: every one of its words, the words within a
 * few tokens of each other ("stakeholder management", "managing stakeholders").
 * A name that is also a common word ("Go", "R") counts only as written.
 */
function findTerm(doc: Document, term: string): Span | undefined {
  const bare = term.trim()
  if (!/\s/.test(bare) && !isContentWord(bare)) {
    const t = doc.tokens.find((x) => x.value === bare)
    return t ? [t.start, t.end] : undefined
  }
  const words = termWords(term)
  if (words.length === 0) return undefined
  const tokens = doc.tokens
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]
    if (!first || !words.some((w) => sameWord(first, w))) continue
    const near = tokens.slice(Math.max(0, i - 3), i + 4)
    const found = words.map((w) => near.find((t) => sameWord(t, w)))
    if (found.every((t) => t !== undefined)) {
      const starts = found.map((t) => t?.start ?? first.start)
      const ends = found.map((t) => t?.end ?? first.end)
      return [Math.min(...starts), Math.max(...ends)]
    }
  }
  return undefined
}

/**
 * Which of the job's and the company's terms an answer uses and which it
 * misses, as interview coaches (and Google's Interview Warmup) show it: the
 * skills the posting asks for, the values and products the company names.
 * Values match as the critique's company-fit does (same words, word forms or
 * a shared value concept); skills and products need all their words, close
 * together. Each term is listed once, in the context's order.
 *
 * @example
 * termCoverage('I want to get better at SQL.', { role: { skills: ['SQL', 'Python'] } })
 * // used: [{ term: 'SQL', source: 'skill', span: [25, 28] }], missed: [{ term: 'Python', … }]
 */
export function termCoverage(text: string, context: CritiqueContext): TermCoverage {
  const doc = readDocument(text)
  const terms: { term: string; source: TermSource }[] = [
    ...(context.role?.skills ?? []).map((term) => ({ term, source: 'skill' as const })),
    ...(context.company?.values ?? []).map((v) => ({
      term: typeof v === 'string' ? v : v.name,
      source: 'value' as const,
    })),
    ...(context.company?.products ?? []).map((term) => ({ term, source: 'product' as const })),
  ]
  const descriptions = new Map(
    (context.company?.values ?? []).flatMap((v) =>
      typeof v === 'string' || !v.description ? [] : [[v.name, v.description] as const],
    ),
  )
  const seen = new Set<string>()
  const out: TermCoverage = { used: [], missed: [] }
  for (const { term, source } of terms) {
    const key = term.trim().toLowerCase()
    if (!key || seen.has(key)) continue
    seen.add(key)
    const span =
      source === 'value'
        ? matchValue(doc, term, descriptions.get(term))[0]?.span
        : findTerm(doc, term)
    if (span) out.used.push({ term, source, span })
    else out.missed.push({ term, source })
  }
  return out
}

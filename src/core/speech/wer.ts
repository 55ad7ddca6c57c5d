/**
 * Word error rate: (substitutions + deletions + insertions) / words in the
 * reference, over lower-cased words without punctuation. How the speech model
 * is measured, not something shown to the person.
 *
 * @example
 * wordErrorRate('lead the logistics team', 'lead a logistic steam') // 0.75
 */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const ref = words(reference)
  const hyp = words(hypothesis)
  if (ref.length === 0) return hyp.length === 0 ? 0 : 1
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j)
  for (let i = 1; i <= ref.length; i++) {
    const row = [i]
    for (let j = 1; j <= hyp.length; j++) {
      const same = ref[i - 1] === hyp[j - 1] ? 0 : 1
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + same,
      )
    }
    prev = row
  }
  return (prev[hyp.length] as number) / ref.length
}

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}
